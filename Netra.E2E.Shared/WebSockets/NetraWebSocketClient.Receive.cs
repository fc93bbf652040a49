using System.Buffers;
using System.Net.WebSockets;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>
/// The one receive loop of a connection: assembles each message from its frames (capped), hands it to the collector and
/// the evidence, answers server pings, and on the server's close records it and completes the close handshake (bounded).
/// </summary>
public sealed partial class NetraWebSocketClient
{
    /// <summary>
    /// Bytes read per receive: half the contract's 8 KiB message limit, rented from the shared pool for the loop's life.
    /// A message that fits (nearly all) is decoded straight from it; only a longer one is assembled in a writer that is
    /// dropped once it is delivered, so an idle connection holds 4 KiB, not 16 KiB plus its largest message.
    /// </summary>
    internal const int ChunkBytes = 4 * 1024;

    private async Task ReceiveLoopAsync(CancellationToken stop)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        ArrayBufferWriter<byte>? message = null;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(0, ChunkBytes), stop).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await OnCloseAsync().ConfigureAwait(false);
                    return;
                }

                if (message is null && result.EndOfMessage && result.Count <= _options.MaxMessageBytes)
                {
                    await DeliverAsync(buffer.AsMemory(0, result.Count)).ConfigureAwait(false);
                    continue;
                }

                message ??= new ArrayBufferWriter<byte>(2 * ChunkBytes);
                message.Write(buffer.AsSpan(0, result.Count));
                if (message.WrittenCount > _options.MaxMessageBytes)
                {
                    _socket.Abort();
                    Frames.End($"a message exceeded {_options.MaxMessageBytes} bytes; the connection was aborted");
                    return;
                }

                if (result.EndOfMessage)
                {
                    var bytes = message.WrittenMemory;
                    message = null;
                    await DeliverAsync(bytes).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested || _socket.State == WebSocketState.Aborted)
        {
            Frames.End(_socket.State == WebSocketState.Aborted ? "the connection was aborted by the client" : "the client stopped " +
                "receiving (closed or disposed)");
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            Frames.End(_socket.State == WebSocketState.Aborted
                ? "the connection was aborted by the client"
                : $"the connection failed without a close frame: {ex.Message}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _session.End(Frames.EndReason ?? "receive loop ended");
        }
    }

    // The frame keeps a copy of the bytes (the loop reads into the buffer again); its text is decoded only when read.
    private async Task DeliverAsync(ReadOnlyMemory<byte> utf8)
    {
        var frame = Frames.Add(utf8.Span, _recordReceived);
        if (_options.AutoPong && frame.Type == "ping")
        {
            try
            {
                await SendCoreAsync(PongFrame, null, "auto pong", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
                when (ex is TimeoutException or InvalidOperationException or WebSocketException or WebSocketClosedException)
            {
                _session.RecordFrame(FrameDirection.Sent, "pong", string.Empty, $"auto pong failed: {ex.Message}");
            }
        }
    }

    private async Task OnCloseAsync()
    {
        var close = new WebSocketCloseInfo((int)(_socket.CloseStatus ?? WebSocketCloseStatus.Empty),
            _redactor.Redact(_socket.CloseStatusDescription));
        _session.RecordClose(close.Status, close.Description);
        var initiatedByClient = _socket.State == WebSocketState.Closed;
        Frames.End(initiatedByClient ? $"the close handshake completed; the server answered {close}" : $"the server closed the " +
            $"connection with {close}", close);
        if (_socket.State == WebSocketState.CloseReceived)
        {
            using var deadline = new CancellationTokenSource(_endpoint.CloseTimeout);
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client acknowledges close",
                    deadline.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                _socket.Abort();
            }
        }
    }
}
