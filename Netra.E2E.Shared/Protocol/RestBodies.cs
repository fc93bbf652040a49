using System.Text.Json.Nodes;

namespace Netra.E2E.Shared.Protocol;

/// <summary>
/// The request bodies of the agent REST endpoints (contract 4), each spelled once, and the malformed ones the contract
/// says must be refused with 422, named for what they lack.
/// </summary>
public static class RestBodies
{
    /// <summary><c>POST /api/agents/execute</c>: <c>{"type", "message"}</c>.</summary>
    public static JsonObject Execute(string agentType, string message) => new() { ["type"] = agentType, ["message"] = message };

    /// <summary>An execute body with a type and no <c>message</c> field.</summary>
    public static JsonObject ExecuteWithoutMessage(string agentType) => new() { ["type"] = agentType };

    /// <summary>An execute body with a message and no <c>type</c> field.</summary>
    public static JsonObject ExecuteWithoutType(string message) => new() { ["message"] = message };

    /// <summary>
    /// <c>POST /api/tools/execute</c>: <c>{"tool_name", "parameters"}</c>, the parameters given as JSON text (so a test can
    /// send exactly the malformed parameters it means to).
    /// </summary>
    public static JsonObject ExecuteTool(string toolName, string parametersJson) =>
        new() { ["tool_name"] = toolName, ["parameters"] = JsonNode.Parse(parametersJson) };
}
