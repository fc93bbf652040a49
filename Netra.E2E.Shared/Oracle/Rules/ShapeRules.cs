using System.Text.Json;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Oracle;

/// <summary>The shape of each event: envelope at the top level, payload fields per type, known types.</summary>
internal static partial class ShapeRules
{
    private static readonly string[] TextEnvelope = ["run_id", "thread_id", "user_id", "agent_name"];

    public static IEnumerable<RuleViolation> EnvelopeFields(AgentRunTranscript run, AgentRunExpectations expected)
    {
        foreach (var e in run.EventList)
        {
            List<string>? problems = null;
            if (e.TopLevel("type") is not { ValueKind: JsonValueKind.String } && e.TopLevel("event") is not
                { ValueKind: JsonValueKind.String })
            {
                (problems ??= []).Add("no type (or SSE event)");
            }

            foreach (var name in TextEnvelope)
            {
                if (e.TopLevel(name) is not { ValueKind: JsonValueKind.String } value || value.ValueEquals(""u8))
                {
                    (problems ??= []).Add(Absent(e, name));
                }
            }

            if (e.TopLevel("sequence") is not { } sequence)
            {
                (problems ??= []).Add(Absent(e, "sequence"));
            }
            else if (sequence.ValueKind != JsonValueKind.Number || !sequence.TryGetInt32(out var n) || n < 1)
            {
                (problems ??= []).Add($"sequence {sequence.GetRawText()} is not a positive integer");
            }

            if (e.TopLevel("timestamp") is not { } timestamp)
            {
                (problems ??= []).Add(Absent(e, "timestamp"));
            }
            else if (e.TopLevelTimestampProblem(timestamp) is { } problem)
            {
                (problems ??= []).Add("timestamp " + problem);
            }

            if (e.PayloadObject is null)
            {
                (problems ??= []).Add(e.DataObject is null ? "no payload object" : "no payload object (found data instead)");
            }

            if (problems is not null)
            {
                yield return new RuleViolation(RunRuleIds.EnvelopeFields, e.Index, $"{e} envelope: {string.Join("; ", problems)}");
            }
        }
    }

    public static IEnumerable<RuleViolation> PayloadFields(AgentRunTranscript run, AgentRunExpectations expected)
    {
        foreach (var e in run.EventList)
        {
            if (PayloadContract.Of(e.Type) is not { } contract)
            {
                continue;
            }

            List<string>? problems = null;
            foreach (var name in contract.Fields)
            {
                if (e.InPayload(name) is null or { ValueKind: JsonValueKind.Null })
                {
                    (problems ??= []).Add(e.LocationOf(name) == "top level" ? $"{name} (found at the top level)" : name);
                }
            }

            if (contract.Status is { } status && e.InPayload("status") is { } statusValue
                && !(statusValue.ValueKind == JsonValueKind.String && statusValue.ValueEquals(status))
                && JsonLookup.AsText(statusValue) is { } actual)
            {
                (problems ??= []).Add($"status is \"{actual}\", expected \"{status}\"");
            }

            if (problems is not null)
            {
                yield return new RuleViolation(RunRuleIds.PayloadFields, e.Index,
                    $"{e} payload lacks or mis-states: {string.Join(", ", problems)}");
            }
        }
    }

    public static IEnumerable<RuleViolation> KnownEventTypes(AgentRunTranscript run, AgentRunExpectations expected)
    {
        if (expected.AllowUnknownEventTypes)
        {
            yield break;
        }

        foreach (var e in run.EventList)
        {
            if (AgentEventTypes.IsKnown(e.Type))
            {
                continue;
            }

            yield return new RuleViolation(
                RunRuleIds.KnownEventTypes, e.Index, $"{e} has type {e.Type ?? "(none)"}, which contract 6 does not define");
        }
    }

    private static string Absent(AgentEvent e, string name) =>
        e.LocationOf(name) is { } where && where != "top level" ? $"{name} not at the top level (found under {where})" : $"no {name}";
}
