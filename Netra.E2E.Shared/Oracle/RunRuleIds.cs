namespace Netra.E2E.Shared.Oracle;

/// <summary>The stable ids of the run rules <see cref="AgentRunValidator"/> checks (contract section 6).</summary>
public static class RunRuleIds
{
    /// <summary>At least one event of the run arrived.</summary>
    public const string EventsPresent = "events-present";

    /// <summary>The first event is <c>agent_started</c>, and it arrives once.</summary>
    public const string StartsWithAgentStarted = "starts-with-agent_started";

    /// <summary>At least one <c>agent_thinking</c> precedes the first tool event (or, without tools, the terminal event).</summary>
    public const string ThinkingBeforeFirstTool = "thinking-before-first-tool";

    /// <summary>Every <c>tool_executing</c> is followed by the <c>tool_completed</c> of its id before the terminal event, and no completion
    /// comes without its execution.</summary>
    public const string ToolPairing = "tool-pairing";

    /// <summary>Exactly one terminal event (none is allowed only with <see cref="RunEnding.NotRequired"/>).</summary>
    public const string SingleTerminal = "single-terminal";

    /// <summary>The terminal event is of the kind the test expects (and carries the expected error code).</summary>
    public const string ExpectedEnding = "expected-ending";

    /// <summary>No non-terminal event follows the terminal event.</summary>
    public const string TerminalLast = "terminal-last";

    /// <summary><c>progress_percentage</c> is a number within 0–100 that never decreases.</summary>
    public const string ProgressNotDecreasing = "progress-not-decreasing";

    /// <summary><c>sequence</c> runs 1, 2, 3… in arrival order, without gap or duplicate.</summary>
    public const string ConsecutiveSequence = "consecutive-sequence";

    /// <summary>Event <c>timestamp</c>s never go backwards.</summary>
    public const string TimestampsNonDecreasing = "timestamps-non-decreasing";

    /// <summary>Every event carries the owner's <c>user_id</c> and the run's <c>run_id</c> and <c>thread_id</c>; no other user's events
    /// arrive.</summary>
    public const string OwnerIds = "owner-ids";

    /// <summary>Every event echoes the <c>message_id</c> the client sent.</summary>
    public const string MessageIdEcho = "message-id-echo";

    /// <summary>The envelope fields (type, run_id, thread_id, user_id, agent_name, sequence, timestamp, payload) are at the top level and
    /// well-formed.</summary>
    public const string EnvelopeFields = "envelope-fields";

    /// <summary>Each event's payload has the fields its type prescribes.</summary>
    public const string PayloadFields = "payload-fields";

    /// <summary>Only the event types of contract 6 appear (unless the expectations allow others).</summary>
    public const string KnownEventTypes = "known-event-types";

    /// <summary>The tools of the agent type run, in order.</summary>
    public const string ExpectedTools = "expected-tools";

    /// <summary>Tool parameters, tool results and the run result are the ones computed from the request.</summary>
    public const string ComputedResult = "computed-result";
}
