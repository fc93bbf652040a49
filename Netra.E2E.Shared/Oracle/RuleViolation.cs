namespace Netra.E2E.Shared.Oracle;

/// <summary>One broken rule: which rule, at which event, and what was seen.</summary>
/// <param name="RuleId">The stable rule id, one of <see cref="RunRuleIds"/>.</param>
/// <param name="EventIndex">The frame index of the offending event, or null when the violation concerns the run as a whole.</param>
/// <param name="Message">What the target did, naming event indices and values.</param>
public sealed record RuleViolation(string RuleId, int? EventIndex, string Message)
{
    /// <summary>Renders as <c>[rule-id] message</c>.</summary>
    public override string ToString() => $"[{RuleId}] {Message}";
}
