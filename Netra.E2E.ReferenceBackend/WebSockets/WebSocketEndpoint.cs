using System.Net.WebSockets;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// <c>/ws</c>: authenticates the handshake, refuses per <see cref="WsAuthFailureStyle"/>, enforces the per-user
/// connection limit (1013), then runs a <see cref="WsSession"/>. Home of the <c>ws-stall</c> fault.
/// </summary>
internal static class WebSocketEndpoint
{
    private const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;

    public static void MapWebSocketEndpoint(this WebApplication app) => app.Map("/ws", HandleAsync);

    private static async Task HandleAsync(
        HttpContext context, ReferenceState state, WsAuthenticator authenticator, WsMessageHandler handler, ConnectionRegistry registry,
            WsFrames frames)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            throw new ApiException(ApiError.BadRequest("This endpoint only accepts WebSocket upgrades."));
        }

        using var session = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, state.Lifetime);
        var cancellationToken = session.Token;
        var auth = await authenticator.AuthenticateAsync(context, cancellationToken);
        if (auth.UserId is null && state.Style.WsAuthFailure(state.Options.WsAuthFailure) == WsAuthFailureStyle.Handshake)
        {
            throw new ApiException(new ApiError(StatusCodes.Status403Forbidden, auth.ErrorCode!, auth.Message!));
        }

        var offered = context.WebSockets.WebSocketRequestedProtocols;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = offered.Contains(WsTokenSource.JwtAuthProtocol) ? WsTokenSource.JwtAuthProtocol : null,
        });
        if (auth.UserId is null)
        {
            await SendOnceAsync(socket, frames.ErrorMessage(auth.ErrorCode!, auth.Message!), cancellationToken);
            await WsClose.CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "Authentication failed", cancellationToken);
            return;
        }

        if (state.Faults.Has(Fault.WsStall))
        {
            await IgnoreEverythingAsync(socket, cancellationToken);
            return;
        }

        var connection = new WsConnection(socket, auth.UserId, state.Style.NewId("conn"));
        if (!registry.TryAdd(connection))
        {
            await WsClose.CloseAsync(socket, TryAgainLater, "Too many connections for this user", cancellationToken);
            return;
        }

        var heartbeat = state.Style.Heartbeat(state.Options.HeartbeatInterval);
        await new WsSession(socket, connection, handler, registry, frames, heartbeat, state.Faults).RunAsync(cancellationToken);
    }

    private static async Task SendOnceAsync(WebSocket socket, System.Text.Json.Nodes.JsonObject frame, CancellationToken cancellationToken)
    {
        try
        {
            await socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true,
                cancellationToken);
        }
        catch (WebSocketException)
        {
            socket.Abort();
        }
    }

    /// <summary>The <c>ws-stall</c> defect: the upgrade succeeded, nothing is ever sent, input is read and dropped.</summary>
    private static async Task IgnoreEverythingAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var sink = new byte[4096];
        try
        {
            while ((await socket.ReceiveAsync(sink.AsMemory(), cancellationToken)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }
}
