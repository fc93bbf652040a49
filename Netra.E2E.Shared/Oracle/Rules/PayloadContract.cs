using static Netra.E2E.Shared.Events.AgentEventTypes;

namespace Netra.E2E.Shared.Oracle;

/// <summary>The payload fields contract 6 prescribes per event type, and the fixed <c>status</c> value where there is one.</summary>
internal sealed record PayloadContract(IReadOnlyList<string> Fields, string? Status)
{
    private static readonly Dictionary<string, PayloadContract> ByType = new(StringComparer.Ordinal)
    {
        [AgentStarted] = new(["status", "message", "user_request"], "started"),
        [AgentThinking] = new(["reasoning", "step_number", "progress_percentage"], null),
        [ToolExecuting] = new(["tool_name", "tool_call_id", "parameters"], null),
        [ToolCompleted] = new(["tool_name", "tool_call_id", "result", "execution_time_ms"], null),
        [AgentCompleted] = new(["status", "result", "execution_time_ms"], "completed"),
        [AgentError] = new(["status", "error_code", "error_message"], "error"),
    };

    public static PayloadContract? Of(string? type) => type is not null && ByType.TryGetValue(type, out var contract) ? contract : null;
}
