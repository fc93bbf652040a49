using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>Client frames of contract 5.</summary>
internal static class WsMessages
{
    public static JsonObject UserMessage(string content, string? messageId = null, string? threadId = null, int thinkDelayMs = 0)
    {
        var payload = new JsonObject { ["content"] = content, ["context"] = new JsonObject { ["think_delay_ms"] = thinkDelayMs } };
        if (threadId is not null)
        {
            payload["thread_id"] = threadId;
        }

        var message = new JsonObject { ["type"] = "user_message", ["payload"] = payload };
        if (messageId is not null)
        {
            message["message_id"] = messageId;
        }

        return message;
    }

    public static JsonObject StartAgent(string agentType, string userRequest, string? messageId = null, int thinkDelayMs = 0) => new()
    {
        ["type"] = "start_agent",
        ["message_id"] = messageId,
        ["payload"] = new JsonObject
        {
            ["agent_type"] = agentType,
            ["user_request"] = userRequest,
            ["context"] = new JsonObject { ["think_delay_ms"] = thinkDelayMs },
        },
    };
}
