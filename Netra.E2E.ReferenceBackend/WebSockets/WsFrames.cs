using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>The server's non-event frames of contract 5.</summary>
internal static class WsFrames
{
    public const int MaxMessageBytes = 8192;

    public static JsonObject Welcome(WsConnection connection, TimeSpan heartbeat) => new()
    {
        ["type"] = "system_message",
        ["data"] = new JsonObject
        {
            ["event"] = "connection_established",
            ["connection_id"] = connection.ConnectionId,
            ["user_id"] = connection.UserId,
            ["server_time"] = Now(),
            ["connection_ready"] = true,
            ["config"] = new JsonObject { ["heartbeat_interval"] = heartbeat.TotalSeconds, ["max_message_size"] = MaxMessageBytes },
        },
        ["timestamp"] = Now(),
    };

    public static JsonObject Ping() => new() { ["type"] = "ping", ["data"] = new JsonObject { ["timestamp"] = Now() } };

    public static JsonObject Pong(string userId) =>
        new() { ["type"] = "pong", ["data"] = new JsonObject { ["timestamp"] = Now(), ["user_id"] = userId } };

    public static JsonObject HeartbeatAck() => new() { ["type"] = "heartbeat_ack", ["data"] = new JsonObject { ["status"] = "healthy" } };

    public static JsonObject Ack(string? receivedType) =>
        new() { ["type"] = "ack", ["received_type"] = receivedType, ["status"] = "acknowledged", ["timestamp"] = Now() };

    public static JsonObject Error(string message, string? messageId)
    {
        var frame = new JsonObject { ["type"] = "error", ["message"] = message, ["timestamp"] = Now() };
        if (messageId is not null)
        {
            frame["message_id"] = messageId;
        }

        return frame;
    }

    public static JsonObject ErrorMessage(string code, string message) =>
        new() { ["type"] = "error_message", ["error_code"] = code, ["error_message"] = message, ["timestamp"] = Now() };

    private static string Now() => NetraJson.Iso(DateTime.UtcNow);
}
