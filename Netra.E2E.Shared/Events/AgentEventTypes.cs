namespace Netra.E2E.Shared.Events;

/// <summary>The event types of an agent run (contract section 6) and the frame types that are never part of a run.</summary>
public static class AgentEventTypes
{
    /// <summary>First event of every run.</summary>
    public const string AgentStarted = "agent_started";

    /// <summary>Progress report; at least one precedes the first tool event.</summary>
    public const string AgentThinking = "agent_thinking";

    /// <summary>A tool call begins.</summary>
    public const string ToolExecuting = "tool_executing";

    /// <summary>A tool call ends, with its result.</summary>
    public const string ToolCompleted = "tool_completed";

    /// <summary>Successful terminal event, carrying the run's result.</summary>
    public const string AgentCompleted = "agent_completed";

    /// <summary>Failed terminal event (error code <c>CANCELLED</c> after a cancel).</summary>
    public const string AgentError = "agent_error";

    /// <summary>Last SSE event of <c>POST /api/agents/stream</c>; not an agent event.</summary>
    public const string StreamEnd = "stream_end";

    /// <summary>The six event types contract section 6 defines, in lifecycle order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [AgentStarted, AgentThinking, ToolExecuting, ToolCompleted, AgentCompleted, AgentError];

    /// <summary>
    /// Frame types that never belong to a run even when they carry run-like fields: connection, heartbeat,
    /// acknowledgement and error frames of contract section 5, and the SSE end marker.
    /// </summary>
    public static IReadOnlySet<string> NonAgent { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "system_message", "connection_established", "ping", "pong", "heartbeat", "heartbeat_ack", "ack",
        "error", "error_message", "user_message", "chat", "message", "start_agent", StreamEnd,
    };

    /// <summary>Whether <paramref name="type"/> is one of the six event types of contract section 6.</summary>
    public static bool IsKnown(string? type) =>
        type is AgentStarted or AgentThinking or ToolExecuting or ToolCompleted or AgentCompleted or AgentError;

    /// <summary>Whether <paramref name="type"/> ends a run (<c>agent_completed</c> or <c>agent_error</c>).</summary>
    public static bool IsTerminal(string? type) => type is AgentCompleted or AgentError;

    /// <summary>Whether <paramref name="type"/> is a tool event (<c>tool_executing</c> or <c>tool_completed</c>).</summary>
    public static bool IsTool(string? type) => type is ToolExecuting or ToolCompleted;
}
