using System.Text.Json.Nodes;

namespace Netra.E2E.Shared.Protocol;

/// <summary>The client messages of contract 5, built in one place so no test assembles a protocol frame itself.</summary>
public static class ClientFrames
{
    /// <summary><c>{"type":"start_agent","payload":{"user_request","agent_type","thread_id"?,"context"?},"message_id"}</c>.</summary>
    public static JsonObject StartAgent(string agentType, string request, RunOptions options, string messageId)
    {
        ArgumentNullException.ThrowIfNull(options);
        var payload = new JsonObject { ["user_request"] = request, ["agent_type"] = agentType };
        return Envelope("start_agent", Decorate(payload, options), messageId);
    }

    /// <summary><c>{"type":"user_message","payload":{"content","thread_id"?,"context"?},"message_id"}</c>.</summary>
    public static JsonObject UserMessage(string content, RunOptions options, string messageId)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Envelope("user_message", Decorate(new JsonObject { ["content"] = content }, options), messageId);
    }

    /// <summary><c>{"type":"start_agent","payload":{"user_request","thread_id"?,"context"?},"message_id"}</c> without
    /// <c>agent_type</c> (contract 5: the server runs <c>triage</c>).</summary>
    public static JsonObject StartAgentWithoutType(string request, RunOptions options, string messageId)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Envelope("start_agent", Decorate(new JsonObject { ["user_request"] = request }, options), messageId);
    }

    /// <summary><c>{"type":"user_message","content","thread_id"?,"context"?,"message_id"}</c>: the payload's fields at the
    /// top level of the frame (contract 5 allows either).</summary>
    public static JsonObject FlatUserMessage(string content, RunOptions options, string messageId)
    {
        ArgumentNullException.ThrowIfNull(options);
        var frame = Decorate(new JsonObject { ["type"] = "user_message", ["content"] = content }, options);
        frame["message_id"] = messageId;
        return frame;
    }

    /// <summary>A message of <paramref name="type"/> with no other field (<c>ping</c>, <c>heartbeat</c>, an unknown type).</summary>
    public static JsonObject OfType(string type) => new() { ["type"] = type };

    /// <summary>The largest client message the contract allows (contract 5): 8192 bytes.</summary>
    public const int MaxMessageBytes = 8192;

    /// <summary>A <c>ping</c> whose JSON text is exactly <paramref name="totalBytes"/> bytes (UTF-8), padded with a <c>padding</c>
    /// field.</summary>
    public static string PaddedPing(int totalBytes)
    {
        var overhead = new JsonObject { ["type"] = "ping", ["padding"] = string.Empty }.ToJsonString().Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(totalBytes, overhead);
        return new JsonObject { ["type"] = "ping", ["padding"] = new string('x', totalBytes - overhead) }.ToJsonString();
    }

    private static JsonObject Envelope(string type, JsonObject payload, string messageId) =>
        new() { ["type"] = type, ["payload"] = payload, ["message_id"] = messageId };

    private static JsonObject Decorate(JsonObject payload, RunOptions options)
    {
        if (options.ThreadId is { } thread)
        {
            payload["thread_id"] = thread;
        }

        if (options.ThinkDelayMs is { } delay)
        {
            payload["context"] = new JsonObject { ["think_delay_ms"] = delay };
        }

        return payload;
    }
}
