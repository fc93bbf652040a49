using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>A tool's result, or why its parameters were refused.</summary>
internal sealed record ToolOutcome(JsonObject? Result, string? Error)
{
    public static ToolOutcome Ok(JsonObject result) => new(result, null);

    public static ToolOutcome Invalid(string error) => new(null, error);
}
