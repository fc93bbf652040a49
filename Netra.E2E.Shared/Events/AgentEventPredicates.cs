using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.Events;

/// <summary>Frame predicates for waiting on a collector (e.g. <c>WaitForAsync(AgentEventPredicates.IsTerminalFor(id), ...)</c>).</summary>
public static class AgentEventPredicates
{
    /// <summary>
    /// Whether <paramref name="frame"/> is an agent event: a JSON object whose type is one of contract 6's, or any other
    /// type outside <see cref="AgentEventTypes.NonAgent"/> that carries a <c>run_id</c> (so unknown event types stay visible).
    /// </summary>
    public static bool IsAgentEvent(ReceivedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var type = frame.Type;
        if (type is null || AgentEventTypes.NonAgent.Contains(type))
        {
            return false;
        }

        return AgentEventTypes.IsKnown(type) || AgentEvent.Of(frame).RunId is not null;
    }

    /// <summary>Whether <paramref name="frame"/> is a terminal event (<c>agent_completed</c> or <c>agent_error</c>).</summary>
    public static bool IsTerminal(ReceivedFrame frame) => IsAgentEvent(frame) && AgentEventTypes.IsTerminal(frame.Type);

    /// <summary>Matches the terminal event that echoes <paramref name="messageId"/>.</summary>
    public static Func<ReceivedFrame, bool> IsTerminalFor(string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return frame => IsTerminal(frame) && AgentEvent.Of(frame).MessageId == messageId;
    }

    /// <summary>Matches the terminal event of run <paramref name="runId"/>.</summary>
    public static Func<ReceivedFrame, bool> IsTerminalOfRun(string runId)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        return frame => IsTerminal(frame) && AgentEvent.Of(frame).RunId == runId;
    }

    /// <summary>Matches an event of type <paramref name="eventType"/> that echoes <paramref name="messageId"/>.</summary>
    public static Func<ReceivedFrame, bool> IsEventOf(string eventType, string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return frame => frame.Type == eventType && IsAgentEvent(frame) && AgentEvent.Of(frame).MessageId == messageId;
    }

    /// <summary>Matches an event of type <paramref name="eventType"/> of run <paramref name="runId"/>.</summary>
    public static Func<ReceivedFrame, bool> IsEventOfRun(string eventType, string runId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        return frame => frame.Type == eventType && IsAgentEvent(frame) && AgentEvent.Of(frame).RunId == runId;
    }

    /// <summary>Matches an agent event whose <c>user_id</c> is present and differs from <paramref name="ownerUserId"/>.</summary>
    public static Func<ReceivedFrame, bool> IsForeignTo(string ownerUserId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerUserId);
        return frame => IsAgentEvent(frame) && AgentEvent.Of(frame).UserId is { } user && user != ownerUserId;
    }

    /// <summary>Whether <paramref name="frame"/> is the SSE end marker (<c>event: stream_end</c>).</summary>
    public static bool IsStreamEnd(ReceivedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Type == AgentEventTypes.StreamEnd;
    }
}
