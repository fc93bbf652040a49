using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Protocol;

/// <summary>The WebSocket verbs of contract 5: ask for a run, send a ping, a heartbeat or a message of any type.</summary>
public static class AgentRuns
{
    /// <summary>Sends <c>start_agent</c> for <paramref name="agentType"/> on <paramref name="request"/> and returns its handle.</summary>
    public static async Task<RunHandle> StartAgentAsync(
        this NetraWebSocketClient socket, string agentType, string request, RunOptions options, TimeSpan runTimeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(options);
        var messageId = options.MessageId ?? RunOptions.NewMessageId();
        var sentAfter = socket.Frames.Count;
        await socket.SendJsonAsync(ClientFrames.StartAgent(agentType, request, options, messageId),
            cancellationToken).ConfigureAwait(false);
        return new RunHandle(socket, messageId, sentAfter, runTimeout);
    }

    /// <summary>Sends <c>user_message</c> with <paramref name="content"/> (a triage run) and returns its handle.</summary>
    public static async Task<RunHandle> SendUserMessageAsync(
        this NetraWebSocketClient socket, string content, RunOptions options, TimeSpan runTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(options);
        var messageId = options.MessageId ?? RunOptions.NewMessageId();
        var sentAfter = socket.Frames.Count;
        await socket.SendJsonAsync(ClientFrames.UserMessage(content, options, messageId), cancellationToken).ConfigureAwait(false);
        return new RunHandle(socket, messageId, sentAfter, runTimeout);
    }

    /// <summary>Sends <c>start_agent</c> without <c>agent_type</c> on <paramref name="request"/> and returns its handle.</summary>
    public static Task<RunHandle> StartAgentWithoutTypeAsync(
        this NetraWebSocketClient socket, string request, RunOptions options, TimeSpan runTimeout, CancellationToken cancellationToken) =>
        SendRunRequestAsync(socket, options, runTimeout, id => ClientFrames.StartAgentWithoutType(request, options, id), cancellationToken);

    /// <summary>Sends <c>user_message</c> with its fields at the top level (no <c>payload</c>) and returns its handle.</summary>
    public static Task<RunHandle> SendFlatUserMessageAsync(
        this NetraWebSocketClient socket, string content, RunOptions options, TimeSpan runTimeout, CancellationToken cancellationToken) =>
        SendRunRequestAsync(socket, options, runTimeout, id => ClientFrames.FlatUserMessage(content, options, id), cancellationToken);

    /// <summary>Waits for the terminal event of run <paramref name="runId"/> (started over REST) and returns its transcript.</summary>
    public static async Task<AgentRunTranscript> WaitForRunEndAsync(
        this NetraWebSocketClient socket, string runId, TimeSpan runTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        await socket.Frames.WaitForAsync(
            AgentEventPredicates.IsTerminalOfRun(runId), $"the terminal event (agent_completed or agent_error) of run {runId}",
            0, runTimeout, cancellationToken).ConfigureAwait(false);
        return AgentRunTranscript.ForRunId(socket.Frames.Received, runId);
    }

    /// <summary>Sends <c>{"type": type}</c> and waits for the first frame after it that is not a server ping.</summary>
    public static async Task<ReceivedFrame> SendTypeAndWaitForAnswerAsync(
        this NetraWebSocketClient socket, string type, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var from = socket.Frames.Count;
        await socket.SendJsonAsync(ClientFrames.OfType(type), cancellationToken).ConfigureAwait(false);
        return await socket.Frames.WaitForAsync(f => f.Type != "ping", $"the answer to a '{type}' message", from, timeout,
            cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="text"/> as is (not JSON, or oversized) and waits for the first non-ping frame after it.</summary>
    public static async Task<ReceivedFrame> SendTextAndWaitForAnswerAsync(
        this NetraWebSocketClient socket, string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var from = socket.Frames.Count;
        await socket.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        return await socket.Frames.WaitForAsync(f => f.Type != "ping", "the answer to the text sent", from, timeout, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<RunHandle> SendRunRequestAsync(
        NetraWebSocketClient socket, RunOptions options, TimeSpan runTimeout, Func<string, System.Text.Json.Nodes.JsonObject> frame,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(options);
        var messageId = options.MessageId ?? RunOptions.NewMessageId();
        var sentAfter = socket.Frames.Count;
        await socket.SendJsonAsync(frame(messageId), cancellationToken).ConfigureAwait(false);
        return new RunHandle(socket, messageId, sentAfter, runTimeout);
    }
}
