using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.Events;

/// <summary>
/// The events of one agent run, selected from every frame of a connection or SSE stream, in arrival order;
/// non-agent frames (welcome, ping, pong, ack, heartbeat_ack, errors, <c>stream_end</c>) are left out.
/// </summary>
public sealed class AgentRunTranscript
{
    private AgentRunTranscript(List<AgentEvent> events, List<AgentEvent> others, string correlation, string? runId)
    {
        Events = EventList = events;
        OtherAgentEvents = others;
        Correlation = correlation;
        var terminals = new List<AgentEvent>(1);
        string? firstRunId = null, firstThreadId = null;
        foreach (var e in events)
        {
            firstRunId ??= e.RunId;
            firstThreadId ??= e.ThreadId;
            if (e.IsTerminal)
            {
                terminals.Add(e);
            }
        }

        RunId = runId ?? firstRunId;
        ThreadId = firstThreadId;
        Terminals = terminals;
        ToolCalls = ToolCallPairing.Pair(events);
    }

    /// <summary>The run's events in arrival order.</summary>
    public IReadOnlyList<AgentEvent> Events { get; }

    /// <summary><see cref="Events"/> as the list it is: the rules walk it without an enumerator object per walk.</summary>
    internal List<AgentEvent> EventList { get; }

    /// <summary>Agent events of the same frames that belong to other runs (another user's here is a leak).</summary>
    public IReadOnlyList<AgentEvent> OtherAgentEvents { get; }

    /// <summary>How the run was selected, e.g. <c>message_id "m-1"</c>.</summary>
    public string Correlation { get; }

    /// <summary>The run id asked for, else the first one an event carried, or null.</summary>
    public string? RunId { get; }

    /// <summary>The first <c>thread_id</c> an event carried, or null.</summary>
    public string? ThreadId { get; }

    /// <summary>The terminal events (<c>agent_completed</c>, <c>agent_error</c>); a valid run has exactly one.</summary>
    public IReadOnlyList<AgentEvent> Terminals { get; }

    /// <summary>The first terminal event, or null while the run is unfinished.</summary>
    public AgentEvent? Terminal => Terminals.Count > 0 ? Terminals[0] : null;

    /// <summary>The tool calls, paired by <c>tool_call_id</c>, in order of their first event.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; }

    /// <summary>The event types in arrival order.</summary>
    public IReadOnlyList<string?> EventTypes => Events.Select(e => e.Type).ToList();

    /// <summary>Selects the run whose events echo <paramref name="messageId"/>, plus every event of that run's <c>run_id</c>.</summary>
    public static AgentRunTranscript ForMessageId(IEnumerable<ReceivedFrame> frames, string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var all = AgentEventsOf(frames);
        string? runId = null;
        foreach (var e in all)
        {
            if (e.MessageId == messageId && e.RunId is { } id)
            {
                runId = id;
                break;
            }
        }

        return Select(all, e => e.MessageId == messageId || (runId is not null && e.RunId == runId), $"message_id \"{messageId}\"", runId);
    }

    /// <summary>Selects the events whose <c>run_id</c> is <paramref name="runId"/>.</summary>
    public static AgentRunTranscript ForRunId(IEnumerable<ReceivedFrame> frames, string runId)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        return Select(AgentEventsOf(frames), e => e.RunId == runId, $"run_id \"{runId}\"", runId);
    }

    /// <summary>
    /// Selects the first run seen on thread <paramref name="threadId"/>: the events of its <c>run_id</c>, plus events on
    /// that thread that carry no <c>run_id</c>. Later runs on the same thread are left out; select those by message or run id.
    /// </summary>
    public static AgentRunTranscript ForThreadId(IEnumerable<ReceivedFrame> frames, string threadId)
    {
        ArgumentException.ThrowIfNullOrEmpty(threadId);
        var all = AgentEventsOf(frames);
        var runId = all.Where(e => e.ThreadId == threadId).Select(e => e.RunId).FirstOrDefault(r => r is not null);
        return Select(
            all, e => runId is null ? e.ThreadId == threadId : e.RunId == runId || (e.ThreadId == threadId && e.RunId is null),
            $"thread_id \"{threadId}\"", runId);
    }

    /// <summary>Takes every agent event of an SSE stream (one stream carries one run), leaving out <c>stream_end</c>.</summary>
    public static AgentRunTranscript ForStream(IEnumerable<ReceivedFrame> frames) =>
        Select(AgentEventsOf(frames), _ => true, "the whole stream", runId: null);

    /// <summary>The events of type <paramref name="eventType"/>, in arrival order.</summary>
    public IEnumerable<AgentEvent> OfType(string eventType) => Events.Where(e => e.Type == eventType);

    /// <summary>The position of <paramref name="e"/> in <see cref="Events"/> (arrival order), or -1.</summary>
    internal int PositionOf(AgentEvent e) => EventList.IndexOf(e);

    /// <summary>A compact transcript, one line per event, for failure messages.</summary>
    public override string ToString() => TranscriptFormatter.Render(this);

    private static List<AgentEvent> AgentEventsOf(IEnumerable<ReceivedFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var events = new List<AgentEvent>();
        foreach (var frame in frames)
        {
            if (AgentEventPredicates.IsAgentEvent(frame))
            {
                events.Add(AgentEvent.Of(frame));
            }
        }

        return events;
    }

    private static AgentRunTranscript Select(List<AgentEvent> all, Func<AgentEvent, bool> belongs, string correlation, string? runId)
    {
        var events = new List<AgentEvent>(all.Count);
        var others = new List<AgentEvent>();
        foreach (var e in all)
        {
            (belongs(e) ? events : others).Add(e);
        }

        return new AgentRunTranscript(events, others, correlation, runId);
    }
}
