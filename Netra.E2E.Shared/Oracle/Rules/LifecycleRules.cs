using Netra.E2E.Shared.Events;
using static Netra.E2E.Shared.Events.AgentEventTypes;

namespace Netra.E2E.Shared.Oracle;

/// <summary>Order of the lifecycle: started first, thinking before tools, one terminal event, last.</summary>
internal static class LifecycleRules
{
    public static IEnumerable<RuleViolation> StartsWithAgentStarted(AgentRunTranscript run, AgentRunExpectations expected)
    {
        const string Id = RunRuleIds.StartsWithAgentStarted;
        var first = run.Events[0];
        var started = new List<AgentEvent>(1);
        foreach (var e in run.EventList)
        {
            if (e.Type == AgentStarted)
            {
                started.Add(e);
            }
        }

        if (first.Type != AgentStarted)
        {
            yield return started.Count == 0
                ? new RuleViolation(Id, first.Index, $"agent_started never arrived; the run begins with {first}")
                : new RuleViolation(Id, first.Index, $"the run begins with {first}; agent_started arrives only later, as {started[0]}");
        }

        if (started.Count > 1)
        {
            yield return new RuleViolation(Id, started[1].Index, $"agent_started arrives {started.Count} times: {List(started)}");
        }
    }

    public static IEnumerable<RuleViolation> ThinkingBeforeFirstTool(AgentRunTranscript run, AgentRunExpectations expected)
    {
        var anchor = FirstTool(run) ?? run.Terminal;
        if (anchor is null || ThoughtBefore(run, anchor))
        {
            yield break;
        }

        var what = IsTool(anchor.Type) ? "the first tool event" : "the terminal event";
        var later = run.OfType(AgentThinking).FirstOrDefault();
        var note = later is null ? "no agent_thinking arrived at all" : $"the first agent_thinking arrives later, as {later}";
        yield return new RuleViolation(RunRuleIds.ThinkingBeforeFirstTool, anchor.Index,
            $"no agent_thinking before {what} {anchor}; {note}");
    }

    public static IEnumerable<RuleViolation> SingleTerminal(AgentRunTranscript run, AgentRunExpectations expected)
    {
        if (run.Terminals.Count == 0 && expected.Ending != RunEnding.NotRequired)
        {
            var last = run.Events[^1];
            yield return new RuleViolation(
                RunRuleIds.SingleTerminal, last.Index,
                    $"no terminal event (agent_completed or agent_error) arrived; the last event is {last}");
        }
        else if (run.Terminals.Count > 1)
        {
            yield return new RuleViolation(
                RunRuleIds.SingleTerminal, run.Terminals[1].Index,
                    $"{run.Terminals.Count} terminal events arrived, exactly one is allowed: {List(run.Terminals)}");
        }
    }

    public static IEnumerable<RuleViolation> ExpectedEnding(AgentRunTranscript run, AgentRunExpectations expected)
    {
        if (run.Terminal is not { } terminal)
        {
            yield break;
        }

        var wanted = expected.Ending switch
        {
            RunEnding.Completed => AgentCompleted,
            RunEnding.Error => AgentError,
            _ => null,
        };
        if (wanted is not null && terminal.Type != wanted)
        {
            var detail = terminal.Type == AgentError
                ? $" (error_code {terminal.ErrorCode ?? "-"}: {terminal.GetText("error_message") ?? "no error_message"})"
                : string.Empty;
            yield return new RuleViolation(RunRuleIds.ExpectedEnding, terminal.Index,
                $"the run ended with {terminal}{detail}, expected {wanted}");
        }
        else if (terminal.Type == AgentError && expected.ErrorCode is { } code && terminal.ErrorCode != code)
        {
            yield return new RuleViolation(
                RunRuleIds.ExpectedEnding, terminal.Index,
                    $"{terminal} carries error_code {terminal.ErrorCode ?? "(none)"}, expected {code}");
        }
    }

    public static IEnumerable<RuleViolation> TerminalLast(AgentRunTranscript run, AgentRunExpectations expected)
    {
        if (run.Terminal is not { } terminal)
        {
            yield break;
        }

        var events = run.EventList;
        for (var i = run.PositionOf(terminal) + 1; i < events.Count; i++)
        {
            // A second terminal is single-terminal's to report.
            if (events[i] is { IsTerminal: false } late)
            {
                yield return new RuleViolation(RunRuleIds.TerminalLast, late.Index, $"{late} arrives after the terminal event {terminal}");
            }
        }
    }

    private static AgentEvent? FirstTool(AgentRunTranscript run)
    {
        foreach (var e in run.EventList)
        {
            if (IsTool(e.Type))
            {
                return e;
            }
        }

        return null;
    }

    private static bool ThoughtBefore(AgentRunTranscript run, AgentEvent anchor)
    {
        foreach (var e in run.EventList)
        {
            if (e == anchor)
            {
                return false;
            }

            if (e.Type == AgentThinking)
            {
                return true;
            }
        }

        return false;
    }

    internal static string List(IEnumerable<AgentEvent> events) => string.Join(", ", events.Select(e => e.ToString()));
}
