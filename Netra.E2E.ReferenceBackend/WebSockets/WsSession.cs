using System.Net.WebSockets;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// Life of one accepted, registered connection: welcome (home of <c>ws-no-welcome</c>), heartbeat pings, the
/// read loop, then a clean close. One writer loop owns all sends.
/// </summary>
internal sealed class WsSession(
    WebSocket socket, WsConnection connection, WsMessageHandler handler, ConnectionRegistry registry, WsFrames frames, TimeSpan heartbeat,
        FaultSet faults)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (frames.Style.PingBeforeWelcome)
        {
            connection.Send(frames.Ping());
        }

        if (!faults.Has(Fault.WsNoWelcome))
        {
            var welcome = frames.Welcome(connection, heartbeat);
            if (faults.Has(Fault.WelcomeNoServerTime))
            {
                welcome["data"]!.AsObject().Remove("server_time");
            }

            connection.Send(welcome);
        }

        using var writerStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = connection.WriteLoopAsync(writerStop.Token);
        var pings = HeartbeatAsync(heartbeatStop.Token);
        var closeStatus = WebSocketCloseStatus.NormalClosure;
        try
        {
            await ReadLoopAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect of ours: say so with 1011 rather than leaving the client to time out.
            closeStatus = WebSocketCloseStatus.InternalServerError;
        }
        finally
        {
            registry.Remove(connection);
            await heartbeatStop.CancelAsync();
            await pings;
            connection.CompleteOutbox();
            writerStop.CancelAfter(DrainTimeout);
            await writer;
        }

        await WsClose.CloseAsync(socket, closeStatus, closeStatus == WebSocketCloseStatus.NormalClosure ? "Goodbye" : "Server error",
            cancellationToken);
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        // ws-exact-limit-too-large: an off-by-one limit refuses a frame of exactly the announced size.
        var limit = faults.Has(Fault.WsExactLimitTooLarge) ? WsFrames.MaxMessageBytes - 1 : WsFrames.MaxMessageBytes;
        var reader = new WsFrameReader(socket, limit);
        while (true)
        {
            var inbound = await reader.ReadAsync(cancellationToken);
            switch (inbound.Kind)
            {
                case WsInboundKind.Close:
                    return;
                case WsInboundKind.TooLarge:
                    connection.Send(frames.ErrorMessage("MESSAGE_TOO_LARGE", $"Messages are limited to {WsFrames.MaxMessageBytes} bytes."));
                    break;
                default:
                    handler.Handle(connection, inbound.Payload);
                    break;
            }
        }
    }

    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(heartbeat);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                connection.Send(frames.Ping());
            }
        }
        catch (OperationCanceledException)
        {
            // The session is ending.
        }
    }
}
