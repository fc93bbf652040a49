namespace Netra.E2E.ReferenceBackend.Faults;

/// <summary>Faults of WebSocket messages, run events, tools and agents (contract 5 and 6), beyond the section 8 list.</summary>
internal static partial class Fault
{
    public const string WsHeartbeatAckMissing = "ws-heartbeat-ack-missing";
    public const string WsExactLimitTooLarge = "ws-exact-limit-too-large";
    public const string WelcomeNoServerTime = "welcome-no-server-time";
    public const string WsUnknownThreadCreatesThread = "ws-unknown-thread-creates-thread";
    public const string WsUnknownAgentTypeRunsTriage = "ws-unknown-agent-type-runs-triage";
    public const string WsMessageAliasIgnored = "ws-message-alias-ignored";
    public const string WsNoTypeError = "ws-no-type-error";
    public const string SequenceStartsAtZero = "sequence-starts-at-zero";
    public const string EventTimestampsFarFuture = "event-timestamps-far-future";
    public const string EventsWrongAgentName = "events-wrong-agent-name";
    public const string ProgressDecreasing = "progress-decreasing";
    public const string TokenCounterCountsRunes = "token-counter-counts-runes";
    public const string KeywordTiesUnordered = "keyword-ties-unordered";
    public const string CostRateWrong = "cost-rate-wrong";
    public const string SummaryTooLong = "summary-too-long";
    public const string TriageSubstringMatch = "triage-substring-match";
    public const string ExecutionTimeInMs = "execution-time-in-ms";
}
