using System.Net.WebSockets;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// Assembles fragmented client messages into one fixed buffer, counting bytes as they arrive: a message over
/// the limit is drained into a scratch buffer and reported as too large, so memory never grows with input.
/// </summary>
internal sealed class WsFrameReader(WebSocket socket, int maxBytes)
{
    private readonly byte[] _buffer = new byte[maxBytes + 1];
    private readonly byte[] _scratch = new byte[4096];

    public async Task<WsInbound> ReadAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        var tooLarge = false;
        while (true)
        {
            var target = tooLarge ? _scratch.AsMemory() : _buffer.AsMemory(count);
            var received = await socket.ReceiveAsync(target, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return new WsInbound(WsInboundKind.Close, default);
            }

            if (!tooLarge)
            {
                count += received.Count;
                tooLarge = count > maxBytes;
            }

            if (received.EndOfMessage)
            {
                return tooLarge
                    ? new WsInbound(WsInboundKind.TooLarge, default)
                    : new WsInbound(WsInboundKind.Message, _buffer.AsMemory(0, count));
            }
        }
    }
}
