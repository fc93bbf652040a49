namespace Netra.E2E.Shared.Events;

/// <summary>One tool call of a run: its <c>tool_executing</c> and <c>tool_completed</c> events, either possibly missing.</summary>
/// <param name="ToolCallId">The <c>tool_call_id</c> shared by both events; null when the event carried none.</param>
/// <param name="ToolName">The tool name, from the executing event, else the completed one.</param>
/// <param name="Executing">The first <c>tool_executing</c> with this id, or null.</param>
/// <param name="Completed">The first <c>tool_completed</c> with this id, or null.</param>
public sealed record ToolCall(string? ToolCallId, string? ToolName, AgentEvent? Executing, AgentEvent? Completed)
{
    /// <summary>Whether both events arrived and the execution came first.</summary>
    public bool IsPaired => Executing is not null && Completed is not null && Executing.Index < Completed.Index;
}
