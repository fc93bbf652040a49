using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>The server's non-event frames of contract 5, with times and extra fields as the variant spells them.</summary>
internal sealed class WsFrames(VariantStyle style)
{
    public const int MaxMessageBytes = 8192;

    /// <summary>The choices the contract leaves open, as this server makes them.</summary>
    public VariantStyle Style => style;

    public JsonObject Welcome(WsConnection connection, TimeSpan heartbeat) => style.Decorate(new()
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
    });

    public JsonObject Ping() => style.Decorate(new() { ["type"] = "ping", ["data"] = new JsonObject { ["timestamp"] = Now() } });

    public JsonObject Pong(string userId) =>
        style.Decorate(new() { ["type"] = "pong", ["data"] = new JsonObject { ["timestamp"] = Now(), ["user_id"] = userId } });

    public JsonObject HeartbeatAck() =>
        style.Decorate(new() { ["type"] = "heartbeat_ack", ["data"] = new JsonObject { ["status"] = "healthy" } });

    public JsonObject Ack(string? receivedType) =>
        style.Decorate(new() { ["type"] = "ack", ["received_type"] = receivedType, ["status"] = "acknowledged", ["timestamp"] = Now() });

    public JsonObject Error(string message, string? messageId)
    {
        var frame = new JsonObject { ["type"] = "error", ["message"] = message, ["timestamp"] = Now() };
        if (messageId is not null)
        {
            frame["message_id"] = messageId;
        }

        return style.Decorate(frame);
    }

    public JsonObject ErrorMessage(string code, string message) =>
        style.Decorate(new() { ["type"] = "error_message", ["error_code"] = code, ["error_message"] = message, ["timestamp"] = Now() });

    private JsonNode Now() => style.FrameTime(DateTime.UtcNow);
}
