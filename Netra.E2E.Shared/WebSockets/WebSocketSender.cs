using System.Net.WebSockets;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>One send at a time (ClientWebSocket allows no more), each within a deadline that aborts the socket when it passes.</summary>
internal static class WebSocketSender
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public static async Task SendAsync(
        ClientWebSocket socket, SemaphoreSlim gate, byte[] bytes, string text, string? note, TimeSpan timeout,
        WebSocketSessionEvidence session, FrameCollector frames, CancellationToken cancellationToken)
    {
        var type = ReceivedFrame.Parse(-1, DateTimeOffset.UtcNow, text).Type;
        ThrowIfNotOpen(socket, frames, type);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await gate.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Could not send {type ?? "a message"} within {timeout.TotalSeconds:0.#} s: an earlier send is " +
                $"still stuck.");
        }

        try
        {
            ThrowIfNotOpen(socket, frames, type);
            await socket.SendAsync(bytes.AsMemory(), WebSocketMessageType.Text, true, deadline.Token).AsTask().WaitAsync(timeout + Grace,
                cancellationToken).ConfigureAwait(false);
            session.RecordFrame(FrameDirection.Sent, type, text, note);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException
            && !cancellationToken.IsCancellationRequested))
        {
            socket.Abort();
            throw new TimeoutException($"Sending {type ?? "a message"} did not complete within {timeout.TotalSeconds:0.#} s; the " +
                $"connection was aborted.", ex);
        }
        catch (WebSocketException) when (frames.Close is not null)
        {
            ThrowIfNotOpen(socket, frames, type);
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private static void ThrowIfNotOpen(ClientWebSocket socket, FrameCollector frames, string? type)
    {
        var what = $"to send {type ?? "a message"}";
        if (frames.Close is { } close)
        {
            var seen = frames.Received;
            throw new WebSocketClosedException(what, close, seen.LastOrDefault(f => f.Type is "error_message" or "error"), seen,
                frames.Describe());
        }

        if (socket.State != WebSocketState.Open)
        {
            throw new InvalidOperationException($"Cannot send {type ?? "a message"}: the WebSocket is {socket.State} " +
                $"({frames.EndReason ?? "no reason recorded"}).");
        }
    }
}
