namespace Netra.E2E.Report;

/// <summary>One test result as the report shows it; every text field is already redacted.</summary>
/// <param name="FullName">Class and display name (with parameters).</param>
/// <param name="Tier">The test's tier (NUnit category), or the project it belongs to when it has none.</param>
/// <param name="Legacy">The legacy number (NUnit property <c>Legacy</c>), or null.</param>
/// <param name="Outcome">Passed, Failed or Skipped.</param>
/// <param name="Duration">How long the test ran.</param>
/// <param name="Message">The failure or skip message, redacted; empty when none.</param>
/// <param name="EvidenceFile">Full path of the test's evidence attachment, or null.</param>
internal sealed record TestRecord(
    string FullName, string Tier, string? Legacy, TestOutcomeKind Outcome, TimeSpan Duration, string Message, string? EvidenceFile)
{
    /// <summary>The message's first non-empty line.</summary>
    public string FirstLine =>
        Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;

    /// <summary>The name without the common namespace prefix.</summary>
    public string ShortName => FullName.StartsWith("Netra.E2E.", StringComparison.Ordinal) ? FullName["Netra.E2E.".Length..] : FullName;
}

/// <summary>What became of a test.</summary>
internal enum TestOutcomeKind
{
    /// <summary>Failed, errored, timed out or aborted.</summary>
    Failed,

    /// <summary>Skipped, ignored, inconclusive or not run.</summary>
    Skipped,

    /// <summary>Passed.</summary>
    Passed,
}
