using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Threads;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// Answers one client message as the table of contract 5 says; runs are started on the shared engine and
/// never awaited here, so the read loop stays responsive. Home of the <c>user-message-ack-only</c> fault and
/// of the ws-* message faults (heartbeat ack, aliases, missing type, unknown agent type, unknown thread).
/// </summary>
internal sealed class WsMessageHandler(RunEngine engine, WsFrames frames, FaultSet faults)
{
    public void Handle(WsConnection connection, ReadOnlyMemory<byte> message)
    {
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(message.Span) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            connection.Send(frames.ErrorMessage("FORMAT_ERROR", "Messages must be JSON objects."));
            return;
        }

        var type = body["type"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        switch (type)
        {
            case "ping":
                connection.Send(frames.Pong(connection.UserId));
                break;
            case "pong":
                break;
            case "heartbeat" when faults.Has(Fault.WsHeartbeatAckMissing):
                connection.Send(frames.Ack(type));
                break;
            case "heartbeat":
                connection.Send(frames.HeartbeatAck());
                break;
            case "user_message" or "chat" or "message" when faults.Has(Fault.UserMessageAckOnly):
                connection.Send(frames.Ack(type));
                break;
            case "chat" or "message" when faults.Has(Fault.WsMessageAliasIgnored):
                connection.Send(frames.Ack(type));
                break;
            case "user_message" or "chat" or "message":
                StartRun(connection, body, AgentCatalog.Triage, Field(body, "content") ?? Field(body, "text"));
                break;
            case "start_agent":
                StartRun(connection, body, Field(body, "agent_type") ?? AgentCatalog.Triage, Field(body, "user_request") ?? Field(body,
                    "content"));
                break;
            case null when faults.Has(Fault.WsNoTypeError):
                connection.Send(frames.Error("Message type is required", null));
                break;
            default:
                connection.Send(frames.Ack(type));
                break;
        }
    }

    private void StartRun(WsConnection connection, JsonObject body, string agentType, string? userRequest)
    {
        var messageId = Field(body, "message_id");
        if (string.IsNullOrWhiteSpace(userRequest))
        {
            connection.Send(frames.Error("Please enter a message", messageId));
            return;
        }

        if (!AgentCatalog.IsKnown(agentType) && faults.Has(Fault.WsUnknownAgentTypeRunsTriage))
        {
            agentType = AgentCatalog.Triage;
        }

        if (!AgentCatalog.IsKnown(agentType))
        {
            connection.Send(frames.Error("Unknown agent type; expected triage, data or optimization.", messageId));
            return;
        }

        var threadId = Field(body, "thread_id");
        if (threadId is not null && faults.Has(Fault.WsUnknownThreadCreatesThread) && !engine.ThreadExists(threadId))
        {
            threadId = null;
        }

        switch (engine.ResolveThread(connection.UserId, threadId, userRequest, out var thread))
        {
            case ThreadAccess.Denied:
                connection.Send(frames.Error("Access denied to thread", messageId));
                return;
            case ThreadAccess.NotFound:
                connection.Send(frames.Error("Thread not found", messageId));
                return;
        }

        var request = new RunRequest(connection.UserId, agentType, userRequest, thread!.Id, messageId, ThinkDelay(body));
        engine.Start(request, thread, observer: null, CancellationToken.None);
    }

    /// <summary>A string field from <c>payload</c>, else from the top level.</summary>
    private static string? Field(JsonObject body, string name) =>
        Text((body["payload"] as JsonObject)?[name]) ?? Text(body[name]);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static TimeSpan? ThinkDelay(JsonObject body)
    {
        var payload = body["payload"] as JsonObject;
        var node = (payload?["context"] as JsonObject)?["think_delay_ms"] ?? payload?["think_delay_ms"]
            ?? (body["context"] as JsonObject)?["think_delay_ms"] ?? body["think_delay_ms"];
        return node is JsonValue value && value.TryGetValue<double>(out var ms)
            ? TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, RunRequest.MaxThinkDelayMs))
            : null;
    }
}
