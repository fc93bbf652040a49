namespace Netra.E2E.ReferenceBackend.Faults;

/// <summary>
/// The fault names of contract section 8 as constants: each name is spelled here once, and <see cref="FaultSet.Known"/>
/// is derived from the constants of this class (in declaration order). Further faults are in the other parts of the class.
/// </summary>
internal static partial class Fault
{
    public const string WsHeaderBypass = "ws-header-bypass";
    public const string WsAcceptAnyToken = "ws-accept-any-token";
    public const string WsNoWelcome = "ws-no-welcome";
    public const string DropAgentStarted = "drop-agent_started";
    public const string DropAgentThinking = "drop-agent_thinking";
    public const string DropToolExecuting = "drop-tool_executing";
    public const string DropToolCompleted = "drop-tool_completed";
    public const string DropAgentCompleted = "drop-agent_completed";
    public const string ToolEventsReordered = "tool-events-reordered";
    public const string DuplicateTerminal = "duplicate-terminal";
    public const string CannedAgent = "canned-agent";
    public const string UserMessageAckOnly = "user-message-ack-only";
    public const string EventsToAllUsers = "events-to-all-users";
    public const string RestAcceptsExpired = "rest-accepts-expired";
    public const string RestAcceptsUnsigned = "rest-accepts-unsigned";
    public const string RefreshReusable = "refresh-reusable";
    public const string LogoutKeepsToken = "logout-keeps-token";
    public const string ThreadIdor = "thread-idor";
    public const string CorsAnyOrigin = "cors-any-origin";
    public const string NoRateLimit = "no-rate-limit";
    public const string ErrorLeaksInternals = "error-leaks-internals";
    public const string NoSecurityHeaders = "no-security-headers";
    public const string UnsafeUrlAccepted = "unsafe-url-accepted";
    public const string HistoryMisordered = "history-misordered";
    public const string HealthStarting = "health-starting";
    public const string SlowFirstEvent = "slow-first-event";
    public const string WsStall = "ws-stall";
    public const string StatusRemap500 = "status-remap-500";
    public const string StreamNoEnd = "stream-no-end";

    /// <summary>Prefix of the drop-&lt;event type&gt; faults (not a fault itself, so not a constant).</summary>
    public static readonly string DropPrefix = "drop-";
}
