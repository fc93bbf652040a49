using System.Net.WebSockets;
using System.Text;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>Sends: one at a time (ClientWebSocket allows no more), each within a deadline that aborts the socket when it passes.</summary>
public sealed partial class NetraWebSocketClient
{
    private static readonly TimeSpan SendGrace = TimeSpan.FromSeconds(1);

    /// <summary>Sends <paramref name="text"/> (recorded with <paramref name="note"/>) within the send deadline.</summary>
    private async Task SendCoreAsync(string text, string? note, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var timeout = _endpoint.SendTimeout;
        var type = ReceivedFrame.TypeOf(bytes);
        ThrowIfNotOpen(type);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _sendLock.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Could not send {type ?? "a message"} within {timeout.TotalSeconds:0.#} s: an earlier send is " +
                $"still stuck.");
        }

        try
        {
            ThrowIfNotOpen(type);
            await _socket.SendAsync(bytes.AsMemory(), WebSocketMessageType.Text, true, deadline.Token).AsTask()
                .WaitAsync(timeout + SendGrace, cancellationToken).ConfigureAwait(false);
            _session.RecordFrame(FrameDirection.Sent, type, text, note);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException
            && !cancellationToken.IsCancellationRequested))
        {
            _socket.Abort();
            throw new TimeoutException($"Sending {type ?? "a message"} did not complete within {timeout.TotalSeconds:0.#} s; the " +
                $"connection was aborted.", ex);
        }
        catch (WebSocketException) when (Frames.Close is not null)
        {
            ThrowIfNotOpen(type);
            throw;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void ThrowIfNotOpen(string? type)
    {
        var what = $"to send {type ?? "a message"}";
        if (Frames.Close is { } close)
        {
            var seen = Frames.Received;
            throw new WebSocketClosedException(what, close, seen.LastOrDefault(f => f.Type is "error_message" or "error"), seen,
                Frames.Describe());
        }

        if (_socket.State != WebSocketState.Open)
        {
            throw new InvalidOperationException($"Cannot send {type ?? "a message"}: the WebSocket is {_socket.State} " +
                $"({Frames.EndReason ?? "no reason recorded"}).");
        }
    }
}
