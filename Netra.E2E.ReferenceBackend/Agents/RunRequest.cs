namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>What starts a run, whichever door it came through (WebSocket, execute, stream, start).</summary>
internal sealed record RunRequest(string UserId, string AgentType, string UserRequest, string? ThreadId, string? MessageId,
    TimeSpan? ThinkDelay)
{
    public const int MaxThinkDelayMs = 2000;
}
