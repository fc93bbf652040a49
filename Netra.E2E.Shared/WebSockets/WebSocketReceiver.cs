using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>
/// The one receive loop of a connection: assembles each message from its frames (capped), hands it to the collector and
/// the evidence, answers server pings, and on the server's close records it and completes the close handshake (bounded).
/// </summary>
internal sealed class WebSocketReceiver(
    ClientWebSocket socket, FrameCollector frames, WebSocketSessionEvidence session, WebSocketConnectOptions options, Func<string, string, Task> sendAuto,
    TimeSpan closeTimeout, Redactor redactor)
{
    public async Task RunAsync(CancellationToken stop)
    {
        var buffer = new byte[16 * 1024];
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), stop).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await OnCloseAsync().ConfigureAwait(false);
                    return;
                }

                message.Write(buffer.AsSpan(0, result.Count));
                if (message.WrittenCount > options.MaxMessageBytes)
                {
                    socket.Abort();
                    frames.End($"a message exceeded {options.MaxMessageBytes} bytes; the connection was aborted");
                    return;
                }

                if (result.EndOfMessage)
                {
                    await DeliverAsync(Encoding.UTF8.GetString(message.WrittenSpan)).ConfigureAwait(false);
                    message.ResetWrittenCount();
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested || socket.State == WebSocketState.Aborted)
        {
            frames.End(socket.State == WebSocketState.Aborted ? "the connection was aborted by the client" : "the client stopped receiving (closed or disposed)");
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            frames.End(socket.State == WebSocketState.Aborted
                ? "the connection was aborted by the client"
                : $"the connection failed without a close frame: {ex.Message}");
        }
        finally
        {
            session.End(frames.EndReason ?? "receive loop ended");
        }
    }

    private async Task DeliverAsync(string text)
    {
        var frame = frames.Add(text, f => session.RecordFrame(FrameDirection.Received, f.Type, text));
        if (options.AutoPong && frame.Type == "ping")
        {
            try
            {
                await sendAuto("""{"type":"pong"}""", "auto pong").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or WebSocketException or WebSocketClosedException)
            {
                session.RecordFrame(FrameDirection.Sent, "pong", string.Empty, $"auto pong failed: {ex.Message}");
            }
        }
    }

    private async Task OnCloseAsync()
    {
        var close = new WebSocketCloseInfo((int)(socket.CloseStatus ?? WebSocketCloseStatus.Empty), redactor.Redact(socket.CloseStatusDescription));
        session.RecordClose(close.Status, close.Description);
        var initiatedByClient = socket.State == WebSocketState.Closed;
        frames.End(initiatedByClient ? $"the close handshake completed; the server answered {close}" : $"the server closed the connection with {close}", close);
        if (socket.State == WebSocketState.CloseReceived)
        {
            using var deadline = new CancellationTokenSource(closeTimeout);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client acknowledges close", deadline.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                socket.Abort();
            }
        }
    }
}
