using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>Sends: one at a time (ClientWebSocket allows no more), each within a deadline that aborts the socket when it passes.</summary>
public sealed partial class NetraWebSocketClient
{
    // The two frames the client sends itself, as the bytes that go out.
    private static readonly byte[] PingFrame = """{"type":"ping"}"""u8.ToArray();
    private static readonly byte[] PongFrame = """{"type":"pong"}"""u8.ToArray();

    /// <summary>Sends <paramref name="text"/> (recorded with <paramref name="note"/>) within the send deadline.</summary>
    private Task SendCoreAsync(string text, string? note, CancellationToken cancellationToken) =>
        SendCoreAsync(Encoding.UTF8.GetBytes(text), text, note, cancellationToken);

    /// <summary>Sends the UTF-8 <paramref name="bytes"/> (recorded with <paramref name="note"/>) within the send deadline; their
    /// text is <paramref name="text"/>, or decoded from them only when the evidence keeps frames.</summary>
    /// <remarks>A send that completes at once (the usual case: a small frame and a socket buffer with room) takes no timer;
    /// only a send still pending is awaited against what is left of the deadline, and aborts the socket when it passes.</remarks>
    private async Task SendCoreAsync(byte[] bytes, string? text, string? note, CancellationToken cancellationToken)
    {
        var timeout = _endpoint.SendTimeout;
        var type = ReceivedFrame.TypeOf(bytes);
        ThrowIfNotOpen(type);
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        if (!_sendLock.Wait(0, CancellationToken.None) && !await _sendLock.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException($"Could not send {type ?? "a message"} within {timeout.TotalSeconds:0.#} s: an earlier send is " +
                $"still stuck.");
        }

        try
        {
            ThrowIfNotOpen(type);
            var sending = _socket.SendAsync(bytes.AsMemory(), WebSocketMessageType.Text, true, cancellationToken);
            if (sending.IsCompletedSuccessfully)
            {
                // A completed ValueTask is still consumed once (its source may be pooled).
                sending.GetAwaiter().GetResult();
            }
            else
            {
                await AwaitPendingSendAsync(sending.AsTask(), type, timeout, Stopwatch.GetElapsedTime(started), cancellationToken)
                    .ConfigureAwait(false);
            }

            // A summary-only log (load) counts the frame by type and reads no text.
            var recorded = _session.KeepsFrames ? text ?? Encoding.UTF8.GetString(bytes) : string.Empty;
            _session.RecordFrame(FrameDirection.Sent, type, recorded, note);
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

    private async Task AwaitPendingSendAsync(
        Task sending, string? type, TimeSpan timeout, TimeSpan spent, CancellationToken cancellationToken)
    {
        try
        {
            await sending.WaitAsync(timeout > spent ? timeout - spent : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            _socket.Abort();
            // The abort ends the send; its failure is this timeout, so the task's own exception is observed here.
            _ = sending.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
            throw new TimeoutException($"Sending {type ?? "a message"} did not complete within {timeout.TotalSeconds:0.#} s; the " +
                $"connection was aborted.", ex);
        }
    }

    private void ThrowIfNotOpen(string? type)
    {
        if (Frames.Close is { } close)
        {
            var seen = Frames.Received;
            throw new WebSocketClosedException($"to send {type ?? "a message"}", close,
                seen.LastOrDefault(f => f.Type is "error_message" or "error"), seen, Frames.Describe());
        }

        if (_socket.State != WebSocketState.Open)
        {
            throw new InvalidOperationException($"Cannot send {type ?? "a message"}: the WebSocket is {_socket.State} " +
                $"({Frames.EndReason ?? "no reason recorded"}).");
        }
    }
}
