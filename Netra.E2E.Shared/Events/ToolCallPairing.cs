namespace Netra.E2E.Shared.Events;

/// <summary>Groups tool events into <see cref="ToolCall"/>s by <c>tool_call_id</c>.</summary>
internal static class ToolCallPairing
{
    public static IReadOnlyList<ToolCall> Pair(IReadOnlyList<AgentEvent> events)
    {
        var calls = new List<ToolCall>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => AgentEventTypes.IsTool(e.Type)))
        {
            var executing = e.Type == AgentEventTypes.ToolExecuting;
            if (e.ToolCallId is not { } id || !byId.TryGetValue(id, out var position))
            {
                if (e.ToolCallId is { } newId)
                {
                    byId[newId] = calls.Count;
                }

                calls.Add(new ToolCall(e.ToolCallId, e.ToolName, executing ? e : null, executing ? null : e));
                continue;
            }

            var call = calls[position];
            calls[position] = executing
                ? call with { Executing = call.Executing ?? e, ToolName = e.ToolName ?? call.ToolName }
                : call with { Completed = call.Completed ?? e, ToolName = call.ToolName ?? e.ToolName };
        }

        return calls;
    }
}
