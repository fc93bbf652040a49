using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using RuleCheck = System.Func<
    Netra.E2E.Shared.Events.AgentRunTranscript,
    Netra.E2E.Shared.Oracle.AgentRunExpectations,
    System.Collections.Generic.IEnumerable<Netra.E2E.Shared.Oracle.RuleViolation>>;

namespace Netra.E2E.Shared.Oracle;

/// <summary>Checks a run transcript against every rule of contract section 6; an empty list of violations means a valid run.</summary>
public static class AgentRunValidator
{
    private static readonly (string Id, RuleCheck Check)[] Rules =
    [
        (RunRuleIds.StartsWithAgentStarted, LifecycleRules.StartsWithAgentStarted),
        (RunRuleIds.ThinkingBeforeFirstTool, LifecycleRules.ThinkingBeforeFirstTool),
        (RunRuleIds.ToolPairing, ToolPairingRule.Check),
        (RunRuleIds.SingleTerminal, LifecycleRules.SingleTerminal),
        (RunRuleIds.ExpectedEnding, LifecycleRules.ExpectedEnding),
        (RunRuleIds.TerminalLast, LifecycleRules.TerminalLast),
        (RunRuleIds.ProgressNotDecreasing, NumberingRules.ProgressNotDecreasing),
        (RunRuleIds.ConsecutiveSequence, NumberingRules.ConsecutiveSequence),
        (RunRuleIds.TimestampsNonDecreasing, NumberingRules.TimestampsNonDecreasing),
        (RunRuleIds.OwnerIds, IdentityRules.OwnerIds),
        (RunRuleIds.MessageIdEcho, IdentityRules.MessageIdEcho),
        (RunRuleIds.EnvelopeFields, ShapeRules.EnvelopeFields),
        (RunRuleIds.PayloadFields, ShapeRules.PayloadFields),
        (RunRuleIds.KnownEventTypes, ShapeRules.KnownEventTypes),
        (RunRuleIds.ExpectedTools, ComputationRules.ExpectedTools),
        (RunRuleIds.ComputedResult, ComputationRules.ComputedResult),
    ];

    /// <summary>Rules that still say something when no event of the run arrived.</summary>
    private static readonly HashSet<string> AppliesToEmptyRun = [RunRuleIds.OwnerIds, RunRuleIds.MessageIdEcho];

    /// <summary>Every rule id, in the order the rules run (<see cref="RunRuleIds.EventsPresent"/> first).</summary>
    public static IReadOnlyList<string> RuleIds { get; } = [RunRuleIds.EventsPresent, .. Rules.Select(r => r.Id)];

    private static readonly HashSet<string> AllRuleIds = RuleIds.ToHashSet(StringComparer.Ordinal);

    /// <summary>Checks every rule.</summary>
    /// <exception cref="ArgumentException">The expectations name an unknown agent type.</exception>
    public static IReadOnlyList<RuleViolation> Validate(AgentRunTranscript transcript, AgentRunExpectations expectations) =>
        Validate(transcript, expectations, RuleIds);

    /// <summary>Checks only the rules in <paramref name="ruleIds"/> (e.g. a test about ordering alone).</summary>
    /// <exception cref="ArgumentException">A rule id is unknown, the owner user id is empty, or the agent type is unknown.</exception>
    public static IReadOnlyList<RuleViolation> Validate(AgentRunTranscript transcript, AgentRunExpectations expectations,
        IEnumerable<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentNullException.ThrowIfNull(ruleIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(expectations.OwnerUserId, nameof(expectations));
        // Every rule (the common call, once per run under load) needs no set built and checked for unknown ids.
        var all = ReferenceEquals(ruleIds, RuleIds);
        var selected = all ? AllRuleIds : ruleIds.ToHashSet(StringComparer.Ordinal);
        if (!all && selected.FirstOrDefault(id => !AllRuleIds.Contains(id)) is { } unknown)
        {
            throw new ArgumentException($"Unknown rule id \"{unknown}\"; the rules are {string.Join(", ", RuleIds)}.", nameof(ruleIds));
        }

        if (expectations.AgentType is { } agentType)
        {
            _ = ContractAgents.ToolsOf(agentType);
        }

        var violations = new List<RuleViolation>();
        var empty = transcript.Events.Count == 0;
        if (empty && selected.Contains(RunRuleIds.EventsPresent))
        {
            violations.Add(new RuleViolation(
                RunRuleIds.EventsPresent, null,
                $"no event of the run arrived (selected by {transcript.Correlation}; {transcript.OtherAgentEvents.Count} other agent " +
                    $"event(s) in the same frames)"));
        }

        foreach (var (id, check) in Rules)
        {
            if (selected.Contains(id) && (!empty || AppliesToEmptyRun.Contains(id)))
            {
                violations.AddRange(check(transcript, expectations));
            }
        }

        return violations;
    }
}
