using Netra.E2E.Shared.Oracle;

namespace Netra.E2E.Shared.Assertions;

/// <summary>Makes arbitrary text (JSON excerpts included) safe to pass as a FluentAssertions failure message.</summary>
internal static class FailureText
{
    /// <summary>Doubles braces so FluentAssertions reads none of the text as a placeholder.</summary>
    public static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}",
        StringComparison.Ordinal);

    /// <summary>One violation per indented line.</summary>
    public static string List(IEnumerable<RuleViolation> violations) =>
        string.Join(Environment.NewLine, violations.Select(v => $"  {v}"));
}
