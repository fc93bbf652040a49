using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class AgentRunTranscriptTests
{
    private const string Request = "Find the top keywords in this data request";

    private static List<ReceivedFrame> Frames(params string[] texts) =>
        texts.Select((t, i) => ReceivedFrame.Parse(i, SyntheticRun.Start.AddMilliseconds(10 * i), t)).ToList();

    [Test]
    public void ForMessageId_LeavesNonAgentFramesOut()
    {
        var frames = Frames(
            """{"type":"system_message","run_id":"r","data":{"event":"connection_established"}}""",
            """{"type":"ping","data":{"timestamp":"2025-09-01T12:00:00Z"}}""",
            """{"type":"pong","message_id":"m"}""",
            """{"type":"ack","received_type":"x","status":"acknowledged","message_id":"m"}""",
            """{"type":"heartbeat_ack","data":{"status":"healthy"},"run_id":"r"}""",
            """{"type":"error","message":"Please enter a message","message_id":"m"}""",
            "not json",
            """{"type":"agent_started","run_id":"r","message_id":"m"}""");

        var transcript = AgentRunTranscript.ForMessageId(frames, "m");

        transcript.Events.Select(e => e.Index).Should().Equal(7);
        transcript.OtherAgentEvents.Should().BeEmpty();
    }

    [Test]
    public void ForMessageId_IncludesEventsOfTheRunThatLackTheEcho()
    {
        var frames = Frames(
            """{"type":"agent_started","run_id":"r1","message_id":"m1"}""",
            """{"type":"agent_started","run_id":"r2","message_id":"m2"}""",
            """{"type":"agent_thinking","run_id":"r1"}""",
            """{"type":"agent_completed","run_id":"r1","message_id":"m1"}""");

        var transcript = AgentRunTranscript.ForMessageId(frames, "m1");

        transcript.Events.Select(e => e.Index).Should().Equal(0, 2, 3);
        transcript.RunId.Should().Be("r1");
        transcript.OtherAgentEvents.Select(e => e.Index).Should().Equal(1);
        transcript.Terminal!.Index.Should().Be(3);
        transcript.Correlation.Should().Be("message_id \"m1\"");
    }

    [Test]
    public void ForThreadId_TakesTheFirstRunOnTheThread()
    {
        var frames = Frames(
            """{"type":"agent_started","run_id":"r1","thread_id":"t"}""",
            """{"type":"agent_thinking","thread_id":"t"}""",
            """{"type":"agent_started","run_id":"r2","thread_id":"t"}""",
            """{"type":"agent_completed","run_id":"r1","thread_id":"t"}""");

        var transcript = AgentRunTranscript.ForThreadId(frames, "t");

        transcript.Events.Select(e => e.Index).Should().Equal(0, 1, 3);
        (transcript.RunId, transcript.ThreadId).Should().Be(("r1", "t"));
    }

    [Test]
    public void ForRunId_KeepsUnknownTypesThatCarryTheRunId()
    {
        var frames = Frames(
            """{"type":"agent_update","run_id":"r"}""",
            """{"type":"partial_result"}""");

        var transcript = AgentRunTranscript.ForRunId(frames, "r");

        transcript.EventTypes.Should().Equal("agent_update");
    }

    [Test]
    public void ForStream_SseFrames_ReadTheSameAsWebSocketFrames()
    {
        var run = SyntheticRun.For("data", Request, messageId: null);

        var sse = AgentRunTranscript.ForStream(run.Frames(sse: true));
        var ws = AgentRunTranscript.ForRunId(run.Frames(), SyntheticRun.RunId);

        sse.EventTypes.Should().Equal(ws.EventTypes);
        sse.EventTypes.Should().Equal(
            "agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_thinking",
            "tool_executing", "tool_completed", "agent_thinking", "agent_completed");
        sse.ToolCalls.Should().HaveCount(2).And.OnlyContain(c => c.IsPaired);
    }

    [Test]
    public void ToolCalls_PairByCallIdEvenWhenReordered()
    {
        var frames = Frames(
            """{"type":"tool_completed","run_id":"r","payload":{"tool_name":"a","tool_call_id":"1"}}""",
            """{"type":"tool_executing","run_id":"r","payload":{"tool_name":"a","tool_call_id":"1"}}""",
            """{"type":"tool_executing","run_id":"r","payload":{"tool_name":"b","tool_call_id":"2"}}""");

        var calls = AgentRunTranscript.ForRunId(frames, "r").ToolCalls;

        calls.Select(c => (c.ToolCallId, c.ToolName, c.Executing?.Index, c.Completed?.Index, c.IsPaired))
            .Should().Equal(("1", "a", 1, 0, false), ("2", "b", 2, (int?)null, false));
    }

    [Test]
    public void ToString_RendersOneLinePerEventWithIndexElapsedTypeSequenceToolAndPayload()
    {
        var run = SyntheticRun.For("triage", "Cut cloud spend");

        var lines = run.Transcript().ToString().Split(Environment.NewLine);

        lines[0].Should().Be("run run-1 on thread thread-1: 6 event(s) selected by message_id \"msg-1\"");
        lines.Should().HaveCount(7);
        lines[1].Should()
            .Be("  #1        +0ms agent_started   seq 1   {\"status\":\"started\",\"message\":\"triage agent " +
                "started\",\"user_request\":\"Cut cloud spend\"}");
        lines[3].Should().Be("  #3       +14ms tool_executing  seq 3   token_counter call call-1 {\"text\":\"Cut cloud spend\"}");
        lines[4].Should().StartWith("  #5       +28ms tool_completed  seq 4   token_counter call call-1 {\"characters\":15");
    }

    [Test]
    public void ToString_ListsOtherUsersEventsByUserAndRun()
    {
        var mine = SyntheticRun.For("triage", "mine");
        var theirs = SyntheticRun.For("triage", "theirs", messageId: "msg-2", owner: "user-b", runId: "run-2");

        var text = AgentRunTranscript.ForMessageId(SyntheticRun.Interleave(mine.Frames(), theirs.Frames()), "msg-1").ToString();

        text.Should().Contain("other agent events in the same frames: 6").And.Contain("  user user-b run run-2: #3 #5 #7 #11 #13 #15");
    }

    [Test]
    public void ToString_EventOfAnotherUserOrRunInTheRun_IsMarkedOnItsLine()
    {
        var frames = Frames(
            """{"type":"agent_started","run_id":"r","user_id":"a","message_id":"m"}""",
            """{"type":"agent_thinking","run_id":"x","user_id":"b","message_id":"m"}""");

        var lines = AgentRunTranscript.ForMessageId(frames, "m").ToString().Split(Environment.NewLine);

        lines[2].Should().Contain("agent_thinking  seq -   user b run x");
    }

    [Test]
    public void ToString_EmptyTranscript_SaysWhatWasSelected()
    {
        AgentRunTranscript.ForRunId([], "r-9").ToString().Should()
            .Be("run r-9 on thread (no thread_id): 0 event(s) selected by run_id \"r-9\"");
    }
}
