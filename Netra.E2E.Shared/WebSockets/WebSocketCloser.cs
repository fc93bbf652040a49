using System.Net.WebSockets;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>
/// The close handshake, bounded: send our close, wait for the receive loop to see the server's, abort when the deadline
/// passes (ClientWebSocket's own CloseAsync can ignore its token when the server never answers).
/// </summary>
internal static class WebSocketCloser
{
    public static async Task<WebSocketCloseInfo?> CloseAsync(
        ClientWebSocket socket, SemaphoreSlim gate, Task receiving, TimeSpan timeout, WebSocketSessionEvidence session,
            FrameCollector frames,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await gate.WaitAsync(deadline.Token).ConfigureAwait(false);
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing",
                        deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            }

            await receiving.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            frames.End($"the server did not complete the close handshake within {timeout.TotalSeconds:0.#} s; the connection was aborted");
        }
        catch (WebSocketException ex)
        {
            frames.End($"the close handshake failed ({ex.WebSocketErrorCode}); the connection was aborted");
        }
        finally
        {
            if (socket.State != WebSocketState.Closed)
            {
                socket.Abort();
            }

            session.End(frames.EndReason ?? "closed by the client");
        }

        return frames.Close;
    }
}
