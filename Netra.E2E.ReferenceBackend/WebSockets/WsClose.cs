using System.Net.WebSockets;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>Closes a socket with a status, waiting a bounded time for the client's close reply, else aborting.</summary>
internal static class WsClose
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            switch (socket.State)
            {
                case WebSocketState.Open:
                    await socket.CloseAsync(status, reason, deadline.Token);
                    break;
                case WebSocketState.CloseReceived:
                    await socket.CloseOutputAsync(status, reason, deadline.Token);
                    break;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }
}
