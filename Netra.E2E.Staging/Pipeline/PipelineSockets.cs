using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Pipeline;

// Small steps the Pipeline tests share on a connection.
internal static class PipelineSockets
{
    private static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(10);

    // A run has about 10 s to end (contract 6 runs are short; a missing terminal fails here, not at the test deadline).
    public static TimeSpan RunTimeout => RunDeadline;

    // Sends a ping and waits for the pong that answers it. The server answers in order on one connection, so once the
    // pong is here everything the server had queued for this connection before reading the ping has arrived too.
    public static async Task<ReceivedFrame> RoundTripAsync(NetraWebSocketClient socket, CancellationToken cancellationToken)
    {
        var from = socket.Frames.Received.Count;
        await socket.SendJsonAsync(new { type = "ping" }, cancellationToken);
        return await socket.Frames.WaitForAsync(f => f.Type == "pong", "a pong answering our ping", from, RunDeadline, cancellationToken);
    }

    public static string NewMessageId(string purpose) => $"{purpose}-{Guid.NewGuid():N}";
}
