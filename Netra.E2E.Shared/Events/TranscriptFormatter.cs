using System.Globalization;
using System.Text;

using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Events;

/// <summary>Renders a transcript as text: a header, then one line per event, then what else arrived.</summary>
internal static class TranscriptFormatter
{
    private const int PayloadChars = 90;

    public static string Render(AgentRunTranscript run)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"run {run.RunId ?? "(no run_id)"} on thread {run.ThreadId ?? "(no thread_id)"}: ")
            .Append(CultureInfo.InvariantCulture, $"{run.Events.Count} event(s) selected by {run.Correlation}");
        var first = run.Events.Count > 0 ? run.Events[0] : null;
        foreach (var e in run.Events)
        {
            text.AppendLine().Append(Line(e, first!, run.RunId));
        }

        if (run.OtherAgentEvents.Count > 0)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"other agent events in the same frames: {run.OtherAgentEvents.Count}");
            foreach (var group in run.OtherAgentEvents.GroupBy(e => (e.UserId, e.RunId)))
            {
                var indices = string.Join(" ", group.Take(12).Select(e => $"#{e.Index}"));
                var more = group.Count() > 12 ? " …" : string.Empty;
                text.AppendLine().Append(CultureInfo.InvariantCulture,
                    $"  user {group.Key.UserId ?? "?"} run {group.Key.RunId ?? "?"}: {indices}{more}");
            }
        }

        return text.ToString();
    }

    private static string Line(AgentEvent e, AgentEvent first, string? runId)
    {
        var elapsed = (e.ReceivedAt - first.ReceivedAt).TotalMilliseconds;
        var line = new StringBuilder()
            .Append(CultureInfo.InvariantCulture,
                $"  #{e.Index,-4} {$"+{elapsed:0}ms",8} {e.Type ?? "(no type)",-15} seq " +
                    $"{e.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "-",-3}");
        if (AgentEventTypes.IsTool(e.Type))
        {
            line.Append(CultureInfo.InvariantCulture, $" {e.ToolName ?? "(no tool)"} call {e.ToolCallId ?? "-"}");
        }

        if (e.UserId != first.UserId)
        {
            line.Append(CultureInfo.InvariantCulture, $" user {e.UserId ?? "-"}");
        }

        if (e.RunId != runId)
        {
            line.Append(CultureInfo.InvariantCulture, $" run {e.RunId ?? "-"}");
        }

        var shown = e.Type switch
        {
            AgentEventTypes.ToolExecuting => e.Find("parameters"),
            AgentEventTypes.ToolCompleted or AgentEventTypes.AgentCompleted => e.Result ?? e.Payload,
            _ => e.Payload,
        };
        return line.Append(' ').Append(JsonLookup.Excerpt(shown ?? e.Frame.Json, PayloadChars)).ToString();
    }
}
