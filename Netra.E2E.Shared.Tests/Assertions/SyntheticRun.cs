using System.Globalization;
using System.Text.Json.Nodes;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.Assertions;

/// <summary>
/// Synthesizes the exact events contract 6 prescribes for an agent type and request, as editable JSON, then renders
/// them as the frames a WebSocket (key "type") or SSE stream (key "event", then stream_end) would deliver.
/// </summary>
internal sealed class SyntheticRun
{
    public const string Owner = "user-a";
    public const string RunId = "run-1";
    public const string ThreadId = "thread-1";
    public const string MessageId = "msg-1";
    public static readonly DateTimeOffset Start = new(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);

    private SyntheticRun(string agentType, string request, string? messageId, string owner, string runId, string threadId)
    {
        AgentType = agentType;
        Request = request;
        SentMessageId = messageId;
        UserId = owner;
        Run = runId;
        Thread = threadId;
    }

    public string UserId { get; }

    public string Run { get; }

    public string Thread { get; }

    public string AgentType { get; }

    public string Request { get; }

    public string? SentMessageId { get; }

    public List<JsonObject> Events { get; } = [];

    public AgentRunExpectations Expectations => new(UserId)
    {
        MessageId = SentMessageId,
        ThreadId = Thread,
        AgentType = AgentType,
        Request = Request,
    };

    public static SyntheticRun For(
        string agentType, string request, string? messageId = MessageId, string owner = Owner, string runId = RunId,
            string threadId = ThreadId)
    {
        var run = new SyntheticRun(agentType, request, messageId, owner, runId, threadId);
        var expected = ExpectedAgentResult.For(agentType, request);
        run.Add("agent_started", new JsonObject { ["status"] = "started", ["message"] = $"{agentType} agent started",
            ["user_request"] = request });
        run.Add("agent_thinking", Thinking(1, 10));
        var toolResults = new JsonObject();
        for (var i = 0; i < expected.Tools.Count; i++)
        {
            var tool = expected.Tools[i];
            var callId = $"call-{i + 1}";
            var result = JsonNode.Parse(tool.Result.GetRawText())!;
            run.Add("tool_executing", new JsonObject
            {
                ["tool_name"] = tool.ToolName, ["tool_call_id"] = callId, ["parameters"] = JsonNode.Parse(tool.Parameters.GetRawText()),
            });
            run.Add("tool_completed", new JsonObject
            {
                ["tool_name"] = tool.ToolName, ["tool_call_id"] = callId, ["result"] = result.DeepClone(), ["execution_time_ms"] = 3,
            });
            run.Add("agent_thinking", Thinking(i + 2, 10 + (80 * (i + 1) / expected.Tools.Count)));
            toolResults[tool.ToolName] = result;
        }

        var runResult = new JsonObject { ["summary"] = $"Handled: {request}" };
        if (expected.Category is { } category)
        {
            runResult["category"] = category;
        }

        runResult["tool_results"] = toolResults;
        run.Add("agent_completed", new JsonObject { ["status"] = "completed", ["result"] = runResult, ["execution_time_ms"] = 42 });
        return run;
    }

    public JsonObject Event(string type, int nth = 0) => Events.Where(e => (string?)e["type"] == type).ElementAt(nth);

    public int IndexOf(string type, int nth = 0) => Events.IndexOf(Event(type, nth));

    public void Drop(string type) => Events.RemoveAll(e => (string?)e["type"] == type);

    /// <summary>
    /// Renders the frames: a welcome first, a ping in the middle, the events; sequence and timestamp are re-stamped in
    /// arrival order unless told not to (so a mutation tests one rule, not the numbering too).
    /// </summary>
    public IReadOnlyList<ReceivedFrame> Frames(bool renumber = true, bool restamp = true, bool sse = false)
    {
        var texts = new List<string>();
        if (!sse)
        {
            texts.Add($$$"""{"type":"system_message","data":""" +
                $$$"""{"event":"connection_established","connection_id":"c-1","user_id":"{{{UserId}}}"}}""");
        }

        for (var i = 0; i < Events.Count; i++)
        {
            var e = (JsonObject)Events[i].DeepClone();
            if (renumber)
            {
                e["sequence"] = i + 1;
            }

            if (restamp)
            {
                e["timestamp"] = Stamp(i);
            }

            if (sse)
            {
                e["event"] = e["type"]!.DeepClone();
                e.Remove("type");
            }

            texts.Add(e.ToJsonString());
            if (!sse && i == 2)
            {
                texts.Add("""{"type":"ping","data":{"timestamp":"2025-09-01T12:00:00Z"}}""");
            }
        }

        texts.Add(sse ? """{"event":"stream_end"}""" : """{"type":"pong","data":{"user_id":"user-a"}}""");
        return texts.Select((t, i) => ReceivedFrame.Parse(i, Start.AddMilliseconds(7 * i), t)).ToList();
    }

    public AgentRunTranscript Transcript(bool renumber = true, bool restamp = true) => SentMessageId is null
        ? AgentRunTranscript.ForRunId(Frames(renumber, restamp), Run)
        : AgentRunTranscript.ForMessageId(Frames(renumber, restamp), SentMessageId);

    public IReadOnlyList<RuleViolation> Validate(bool renumber = true, bool restamp = true) =>
        AgentRunValidator.Validate(Transcript(renumber, restamp), Expectations);

    /// <summary>Interleaves the frames of several runs one by one, re-indexed as one connection would have received them.</summary>
    public static IReadOnlyList<ReceivedFrame> Interleave(params IReadOnlyList<ReceivedFrame>[] sessions)
    {
        var merged = new List<string>();
        for (var i = 0; i < sessions.Max(s => s.Count); i++)
        {
            merged.AddRange(sessions.Where(s => i < s.Count).Select(s => s[i].Text));
        }

        return merged.Select((t, i) => ReceivedFrame.Parse(i, Start.AddMilliseconds(3 * i), t)).ToList();
    }

    public static string Stamp(int position) =>
        Start.AddMilliseconds(10 * position).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Thinking(int step, int progress) =>
        new() { ["reasoning"] = $"step {step}", ["step_number"] = step, ["progress_percentage"] = progress };

    private void Add(string type, JsonObject payload)
    {
        var e = new JsonObject
        {
            ["type"] = type, ["run_id"] = Run, ["thread_id"] = Thread, ["user_id"] = UserId, ["agent_name"] = AgentType,
        };
        if (SentMessageId is not null)
        {
            e["message_id"] = SentMessageId;
        }

        e["sequence"] = Events.Count + 1;
        e["timestamp"] = Stamp(Events.Count);
        e["payload"] = payload;
        Events.Add(e);
    }
}
