using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>WebSocket routes at <c>/ws/{mode}?key=</c>, each one way a server can behave or misbehave.</summary>
internal static class LoopbackWebSocketRoutes
{
    public static readonly string Welcome = JsonSerializer.Serialize(new
    {
        type = "system_message",
        data = new { @event = "connection_established", connection_id = "conn-1", user_id = "user-1", connection_ready = true },
    });

    public static void Map(WebApplication app, LoopbackState state)
    {
        app.Map("/ws/{mode}", async (HttpContext context, string mode) =>
        {
            var key = context.Request.Query["key"].ToString();
            state.Requests[key] = new ObservedRequest(
                context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), string.Empty);
            if (mode == "reject403" || !context.WebSockets.IsWebSocketRequest)
            {
                context.Response.Headers["X-Reason"] = "forbidden by loopback";
                await Results.Json(new { detail = "Forbidden" }, statusCode: 403).ExecuteAsync(context);
                return;
            }

            var offered = context.WebSockets.WebSocketRequestedProtocols;
            using var socket = await context.WebSockets.AcceptWebSocketAsync(offered.Contains("jwt-auth") ? "jwt-auth" : null);
            var aborted = context.RequestAborted;
            await (mode switch
            {
                "error-close" => ErrorThenCloseAsync(socket, aborted),
                "silent" => UntilAbortedAsync(aborted),
                "no-close-answer" => WelcomeThenDeafAsync(socket, aborted),
                "fragmented" => FragmentsAsync(socket, aborted),
                "ping" => PingAsync(socket, state.FirstMessageFrom(key), aborted),
                "flood" => FloodAsync(socket, aborted),
                _ => EchoAsync(socket, state.FirstMessageFrom(key), sendWelcome: true, aborted),
            });
        });
    }

    public static async Task UntilAbortedAsync(CancellationToken aborted)
    {
        var never = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = aborted.Register(() => never.TrySetResult());
        await never.Task;
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken aborted) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, aborted);

    private static async Task ErrorThenCloseAsync(WebSocket socket, CancellationToken aborted)
    {
        await SendAsync(socket, """{"type":"error_message","error_code":"VALIDATION_FAILED","error_message":"Token validation failed"}""",
            aborted);
        await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "Authentication failed", aborted);
    }

    private static async Task WelcomeThenDeafAsync(WebSocket socket, CancellationToken aborted)
    {
        await SendAsync(socket, Welcome, aborted);
        await UntilAbortedAsync(aborted);
    }

    private static async Task FragmentsAsync(WebSocket socket, CancellationToken aborted)
    {
        foreach (var (part, last) in new[] { ("{\"type\":\"agent_", false), ("thinking\",\"payload\":{\"reasoning\":", false),
            ("\"step\"}}", true) })
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(part), WebSocketMessageType.Text, last, aborted);
        }

        var big = JsonSerializer.Serialize(new { type = "big", text = new string('x', 200_000) });
        var bytes = Encoding.UTF8.GetBytes(big);
        for (var offset = 0; offset < bytes.Length; offset += 16_384)
        {
            var size = Math.Min(16_384, bytes.Length - offset);
            await socket.SendAsync(bytes.AsMemory(offset, size), WebSocketMessageType.Text, offset + size == bytes.Length, aborted);
        }

        await EchoAsync(socket, new TaskCompletionSource<string>(), sendWelcome: false, aborted);
    }

    private static async Task PingAsync(WebSocket socket, TaskCompletionSource<string> firstMessage, CancellationToken aborted)
    {
        await SendAsync(socket, """{"type":"ping","data":{"timestamp":1700000000}}""", aborted);
        await SendAsync(socket, Welcome, aborted);
        await EchoAsync(socket, firstMessage, sendWelcome: false, aborted);
    }

    /// <summary>The welcome, then non-matching frames back to back, without pause, until the client goes away.</summary>
    private static async Task FloodAsync(WebSocket socket, CancellationToken aborted)
    {
        await SendAsync(socket, Welcome, aborted);
        try
        {
            for (var n = 0; !aborted.IsCancellationRequested; n++)
            {
                await SendAsync(socket, $$"""{"type":"noise","n":{{n}}}""", aborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client closed or aborted the connection: the flood ends with it.
        }
    }

    private static async Task EchoAsync(WebSocket socket, TaskCompletionSource<string> firstMessage, bool sendWelcome,
        CancellationToken aborted)
    {
        if (sendWelcome)
        {
            await SendAsync(socket, Welcome, aborted);
        }

        var buffer = new byte[64 * 1024];
        while (true)
        {
            var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, aborted);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", aborted);
                return;
            }

            var text = Encoding.UTF8.GetString(message.ToArray());
            firstMessage.TrySetResult(text);
            await SendAsync(socket, JsonSerializer.Serialize(new { type = "echo", text }), aborted);
        }
    }
}
