using System.Net.WebSockets;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>
/// The close handshake, bounded: send our close, wait for the receive loop to see the server's, abort when the deadline
/// passes (ClientWebSocket's own CloseAsync can ignore its token when the server never answers).
/// </summary>
public sealed partial class NetraWebSocketClient
{
    /// <summary>Starts the close handshake and waits for the server's answer within the close deadline, then aborts if needed.</summary>
    public async Task<WebSocketCloseInfo?> CloseAsync(CancellationToken cancellationToken)
    {
        if (_receiving.IsCompleted && _socket.State != WebSocketState.Open)
        {
            // Closed already (the handshake done, or the connection ended): nothing to send or wait for (DisposeAsync after
            // CloseAsync, once per user under load).
            Finish();
            return Frames.Close;
        }

        var timeout = _endpoint.CloseTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _sendLock.WaitAsync(deadline.Token).ConfigureAwait(false);
                try
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing",
                        deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
                }
                finally
                {
                    _sendLock.Release();
                }
            }

            await _receiving.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Frames.End($"the server did not complete the close handshake within {timeout.TotalSeconds:0.#} s; the connection was aborted");
        }
        catch (WebSocketException ex)
        {
            Frames.End($"the close handshake failed ({ex.WebSocketErrorCode}); the connection was aborted");
        }
        finally
        {
            Finish();
        }

        return Frames.Close;
    }

    // The end of every close: a socket not closed by the handshake is aborted, and the session records how it ended.
    private void Finish()
    {
        if (_socket.State != WebSocketState.Closed)
        {
            _socket.Abort();
        }

        _session.End(Frames.EndReason ?? "closed by the client");
    }
}
