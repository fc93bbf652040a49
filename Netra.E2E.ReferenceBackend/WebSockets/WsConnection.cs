using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// One authenticated socket with its outbox. ASP.NET Core allows one send at a time, so every frame (replies,
/// pings, run events from any thread) goes through the outbox and a single writer loop sends them in order.
/// </summary>
internal sealed class WsConnection(WebSocket socket, string userId, string connectionId)
{
    private const int OutboxCapacity = 1024;
    private readonly Channel<ReadOnlyMemory<byte>> _outbox = Channel.CreateBounded<ReadOnlyMemory<byte>>(
        new BoundedChannelOptions(OutboxCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private volatile bool _closing;

    public string ConnectionId { get; } = connectionId;

    public string UserId { get; } = userId;

    /// <summary>Queues a frame; a client that lets 1024 frames pile up is cut off rather than slowing the server.</summary>
    public void Send(ReadOnlyMemory<byte> frame)
    {
        if (!_outbox.Writer.TryWrite(frame) && !_closing)
        {
            socket.Abort();
        }
    }

    public void Send(JsonObject frame) => Send(System.Text.Encoding.UTF8.GetBytes(frame.ToJsonString()));

    /// <summary>Sends queued frames until the outbox is completed and drained, or the socket fails.</summary>
    public async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in _outbox.Reader.ReadAllAsync(cancellationToken))
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    /// <summary>No more frames will be queued; the writer loop ends after sending what is queued.</summary>
    public void CompleteOutbox()
    {
        _closing = true;
        _outbox.Writer.TryComplete();
    }
}
