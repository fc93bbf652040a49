using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Critical;

// Steps of an agent run over a WebSocket that several Critical tests share.
internal static class SocketRuns
{
    // A run on the reference backend ends in well under a second, a real agent's within a few seconds:
    // a run that has not ended by then will not, and the test fails here instead of at its 30 s deadline.
    public static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(10);

    public static string NewMessageId() => "e2e-msg-" + Guid.NewGuid().ToString("N");

    public static async Task<string> SendUserMessageAsync(NetraWebSocketClient socket, string content, string? threadId,
        CancellationToken cancellationToken)
    {
        var messageId = NewMessageId();
        var payload = new Dictionary<string, object> { ["content"] = content };
        if (threadId is not null)
        {
            payload["thread_id"] = threadId;
        }

        await socket.SendJsonAsync(new { type = "user_message", payload, message_id = messageId }, cancellationToken);
        return messageId;
    }

    public static async Task<string> StartAgentAsync(
        NetraWebSocketClient socket, string agentType, string request, CancellationToken cancellationToken, int? thinkDelayMs = null)
    {
        var messageId = NewMessageId();
        var payload = new Dictionary<string, object> { ["user_request"] = request, ["agent_type"] = agentType };
        if (thinkDelayMs is { } delay)
        {
            payload["context"] = new Dictionary<string, object> { ["think_delay_ms"] = delay };
        }

        await socket.SendJsonAsync(new { type = "start_agent", payload, message_id = messageId }, cancellationToken);
        return messageId;
    }

    public static Task<ReceivedFrame> WaitForTerminalAsync(NetraWebSocketClient socket, string messageId,
        CancellationToken cancellationToken) =>
        socket.Frames.WaitForAsync(
            AgentEventPredicates.IsTerminalFor(messageId),
            $"the terminal event (agent_completed or agent_error) of the run for message_id {messageId}", 0, RunDeadline,
                cancellationToken);

    public static Task<ReceivedFrame> WaitForTerminalOfRunAsync(NetraWebSocketClient socket, string runId,
        CancellationToken cancellationToken) =>
        socket.Frames.WaitForAsync(
            AgentEventPredicates.IsTerminalOfRun(runId),
            $"the terminal event (agent_completed or agent_error) of run {runId}", 0, RunDeadline, cancellationToken);

    public static IReadOnlyList<ReceivedFrame> AgentEventsIn(NetraWebSocketClient socket) =>
        socket.Frames.Received.Where(AgentEventPredicates.IsAgentEvent).ToList();
}
