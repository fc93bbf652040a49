using Netra.E2E.Shared.Events;
using static Netra.E2E.Shared.Events.AgentEventTypes;

namespace Netra.E2E.Shared.Oracle;

/// <summary>
/// Every <c>tool_executing</c> is followed by the <c>tool_completed</c> with the same <c>tool_call_id</c> before the
/// terminal event; no <c>tool_completed</c> comes without a prior <c>tool_executing</c> of that id; one problem per call.
/// </summary>
internal static class ToolPairingRule
{
    private const string Id = RunRuleIds.ToolPairing;

    public static IEnumerable<RuleViolation> Check(AgentRunTranscript run, AgentRunExpectations expected)
    {
        var terminal = run.Terminal;
        foreach (var e in run.EventList)
        {
            if (!IsTool(e.Type) || e.ToolCallId is not null)
            {
                continue;
            }

            yield return new RuleViolation(Id, e.Index, $"{e} carries no tool_call_id, so it cannot be paired");
        }

        foreach (var call in run.ToolCalls)
        {
            if (call.ToolCallId is not null && Problem(run, call, terminal, expected) is { } violation)
            {
                yield return violation;
            }
        }
    }

    // The call's tool_executing and tool_completed events in arrival order, in one pass (once per call of every run).
    private static (List<AgentEvent> Executions, List<AgentEvent> Completions) EventsOf(AgentRunTranscript run, string? id)
    {
        var (executions, completions) = (new List<AgentEvent>(1), new List<AgentEvent>(1));
        foreach (var e in run.EventList)
        {
            if (e.Type is ToolExecuting or ToolCompleted && e.ToolCallId == id)
            {
                (e.Type == ToolExecuting ? executions : completions).Add(e);
            }
        }

        return (executions, completions);
    }

    private static RuleViolation? Problem(AgentRunTranscript run, ToolCall call, AgentEvent? terminal, AgentRunExpectations expected)
    {
        var id = call.ToolCallId;
        var (executions, completions) = EventsOf(run, id);
        if (call.Executing is not { } executing)
        {
            var completed = call.Completed!;
            return new RuleViolation(Id, completed.Index, $"{completed} has no tool_executing with that tool_call_id");
        }

        if (call.Completed is { } early && run.PositionOf(early) < run.PositionOf(executing))
        {
            return new RuleViolation(Id, early.Index, $"{early} arrives before its tool_executing {executing}");
        }

        if (executions.Count > 1)
        {
            return new RuleViolation(Id, executions[1].Index,
                $"call {id} is executed {executions.Count} times: {LifecycleRules.List(executions)}");
        }

        if (completions.Count > 1)
        {
            return new RuleViolation(Id, completions[1].Index,
                $"call {id} is completed {completions.Count} times: {LifecycleRules.List(completions)}");
        }

        if (call.Completed is not { } done)
        {
            if (terminal is null && expected.Ending == RunEnding.NotRequired)
            {
                return null;
            }

            var until = terminal is null ? "and the run has no terminal event" : $"before the terminal event {terminal}";
            return new RuleViolation(Id, executing.Index, $"{executing} never got its tool_completed {until}");
        }

        if (terminal is not null && run.PositionOf(done) > run.PositionOf(terminal))
        {
            return new RuleViolation(Id, done.Index, $"{done} arrives after the terminal event {terminal}");
        }

        if (done.ToolName is { } name && executing.ToolName is { } started && name != started)
        {
            return new RuleViolation(Id, done.Index, $"{done} names tool {name}, its tool_executing {executing} named {started}");
        }

        return null;
    }
}
