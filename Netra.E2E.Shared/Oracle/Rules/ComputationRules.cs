using System.Text.Json;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Json;
using static Netra.E2E.Shared.Events.AgentEventTypes;

namespace Netra.E2E.Shared.Oracle;

/// <summary>What the run computed: the agent type's tools in order, and parameters and results derived from the request.</summary>
internal static class ComputationRules
{
    private const string FromRequest = "computed from the request";

    public static IEnumerable<RuleViolation> ExpectedTools(AgentRunTranscript run, AgentRunExpectations expected)
    {
        if (expected.AgentType is not { } agentType)
        {
            yield break;
        }

        var wanted = ContractAgents.ToolsOf(agentType);
        var (executed, names) = (new List<AgentEvent>(wanted.Count), new List<string>(wanted.Count));
        foreach (var e in run.EventList)
        {
            if (e.Type == ToolExecuting)
            {
                executed.Add(e);
                names.Add(e.ToolName ?? "(no tool_name)");
            }
        }

        var unfinished = run.Terminal is null && expected.Ending == RunEnding.NotRequired;
        var matches = unfinished ? names.Count <= wanted.Count
            && names.SequenceEqual(wanted.Take(names.Count)) : names.SequenceEqual(wanted);
        if (!matches)
        {
            var first = executed.FirstOrDefault(e => !wanted.Contains(e.ToolName ?? string.Empty)) ?? executed.FirstOrDefault();
            yield return new RuleViolation(
                RunRuleIds.ExpectedTools, first?.Index,
                $"tool_executing events name [{string.Join(", ", names)}], but agent {agentType} runs [{string.Join(", ", wanted)}] in " +
                    $"that order");
        }
    }

    public static IEnumerable<RuleViolation> ComputedResult(AgentRunTranscript run, AgentRunExpectations expected)
    {
        if (expected.AgentType is not { } agentType || expected.Request is not { } request)
        {
            return [];
        }

        var result = ExpectedAgentResult.For(agentType, request);
        List<RuleViolation>? violations = null;
        foreach (var e in run.EventList)
        {
            foreach (var difference in Differences(e, result))
            {
                (violations ??= []).Add(new RuleViolation(RunRuleIds.ComputedResult, e.Index, difference));
            }
        }

        return violations ?? [];
    }

    private static IEnumerable<string> Differences(AgentEvent e, ExpectedAgentResult result) =>
        e.Type switch
        {
            // An echo that is the request's string is equal without serialising the request; any other is compared as JSON.
            AgentStarted when e.Find("user_request") is { } echoed =>
                echoed.ValueKind == JsonValueKind.String && echoed.ValueEquals(result.Request)
                    ? []
                    : JsonComparer.Differences(JsonSerializer.SerializeToElement(result.Request), echoed, () => $"{e} user_request",
                        "the request"),
            ToolExecuting when result.Tool(e.ToolName) is { } tool && e.Find("parameters") is { } parameters =>
                JsonComparer.Differences(tool.Parameters, parameters, () => $"{e} parameters", FromRequest),
            ToolCompleted when result.Tool(e.ToolName) is { } tool && e.Result is { } toolResult =>
                JsonComparer.Differences(tool.Result, toolResult, () => $"{e} result", FromRequest),
            AgentCompleted when e.Result is { } runResult => AgentResultComparer.Differences(runResult, result, $"{e} result"),
            _ => [],
        };
}
