using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Protocol;

/// <summary>
/// A run requested over a WebSocket (<c>start_agent</c> or <c>user_message</c>), identified by the <c>message_id</c> it
/// sent: waits for its events with the run deadline (<c>NETRA_E2E_RUN_TIMEOUT_SECONDS</c>) and gives its transcript.
/// </summary>
public sealed class RunHandle
{
    internal RunHandle(NetraWebSocketClient socket, string messageId, int sentAfter, TimeSpan runTimeout)
    {
        Socket = socket;
        MessageId = messageId;
        SentAfter = sentAfter;
        RunTimeout = runTimeout;
    }

    /// <summary>The connection the request went out on.</summary>
    public NetraWebSocketClient Socket { get; }

    /// <summary>The request's <c>message_id</c>, which every event of the run echoes.</summary>
    public string MessageId { get; }

    /// <summary>How many frames had arrived when the request was sent (the first answer's index is at least this).</summary>
    public int SentAfter { get; }

    /// <summary>How long the run may take to reach its terminal event.</summary>
    public TimeSpan RunTimeout { get; }

    /// <summary>Waits for the run's terminal event (<c>agent_completed</c> or <c>agent_error</c>) and returns the transcript.</summary>
    public async Task<AgentRunTranscript> WaitForEndAsync(CancellationToken cancellationToken)
    {
        await Socket.Frames.WaitForAsync(
            AgentEventPredicates.IsTerminalFor(MessageId),
            $"the terminal event (agent_completed or agent_error) of the run for message_id {MessageId}",
            0, RunTimeout, cancellationToken).ConfigureAwait(false);
        return Transcript();
    }

    /// <summary>Waits for the run's first event of <paramref name="eventType"/>.</summary>
    public Task<ReceivedFrame> WaitForEventAsync(string eventType, CancellationToken cancellationToken) =>
        Socket.Frames.WaitForAsync(
            AgentEventPredicates.IsEventOf(eventType, MessageId), $"{eventType} of the run for message_id {MessageId}",
            0, RunTimeout, cancellationToken);

    /// <summary>
    /// Waits for the first frame after the request that is not a server ping: the server's answer to it (an error, an
    /// acknowledgement, or the run's first event).
    /// </summary>
    public Task<ReceivedFrame> WaitForAnswerAsync(CancellationToken cancellationToken) =>
        Socket.Frames.WaitForAsync(
            f => f.Type != "ping", $"the answer to the request with message_id {MessageId}", SentAfter, RunTimeout, cancellationToken);

    /// <summary>The run's events received so far.</summary>
    public AgentRunTranscript Transcript() => AgentRunTranscript.ForMessageId(Socket.Frames.Received, MessageId);
}
