using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class AgentEventTests
{
    private static AgentEvent Event(string json) => new(ReceivedFrame.Parse(3, SyntheticRun.Start, json));

    [Test]
    public void Fields_AtTopLevel_AreRead()
    {
        var e = Event("""
            {"type":"tool_completed","run_id":"r1","thread_id":"t1","user_id":"u1","agent_name":"data","message_id":"m1",
             "sequence":4,"timestamp":"2025-09-01T12:00:00.250Z",
             "payload":{"tool_name":"token_counter","tool_call_id":"c1","result":{"words":2},"execution_time_ms":3}}
            """);

        (e.Type, e.RunId, e.ThreadId, e.UserId, e.AgentName, e.MessageId).Should().Be(("tool_completed", "r1", "t1", "u1", "data", "m1"));
        e.Sequence.Should().Be(4);
        e.Timestamp.Should().Be(SyntheticRun.Start.AddMilliseconds(250));
        (e.ToolName, e.ToolCallId).Should().Be(("token_counter", "c1"));
        e.Result!.Value.GetProperty("words").GetInt32().Should().Be(2);
        e.Index.Should().Be(3);
        e.ToString().Should().Be("#3 tool_completed (seq 4, token_counter, call c1)");
    }

    // A wait's predicate and the transcript read a frame through the one view the frame keeps; a copy made with `with` is
    // another frame, so it gets its own view, of its own JSON.
    [Test]
    public void Of_AFrame_IsOneViewOfIt_AndACopyGetsItsOwn()
    {
        var frame = ReceivedFrame.Parse(3, SyntheticRun.Start, """{"type":"agent_completed","run_id":"r1","message_id":"m1"}""");

        AgentEventPredicates.IsTerminalFor("m1")(frame).Should().BeTrue();
        var view = AgentEvent.Of(frame);
        AgentRunTranscript.ForMessageId([frame], "m1").Events.Single().Should().BeSameAs(view);

        var copy = frame with { Json = System.Text.Json.JsonElement.Parse("""{"type":"agent_completed","run_id":"r2"}""") };
        var copied = AgentEvent.Of(copy);
        copied.Should().NotBeSameAs(view);
        copied.Frame.Should().BeSameAs(copy);
        (copied.RunId, view.RunId).Should().Be(("r2", "r1"));
    }

    [Test]
    public void Fields_InPayloadOrData_AreFoundInThatOrder()
    {
        var e = Event("""
            {"type":"agent_thinking","payload":{"run_id":"from-payload","progress_percentage":"40.5"},
             "data":{"run_id":"from-data","user_id":"u-data","sequence":"7"}}
            """);

        e.RunId.Should().Be("from-payload");
        e.LocationOf("run_id").Should().Be("payload");
        e.UserId.Should().Be("u-data");
        e.LocationOf("user_id").Should().Be("data");
        e.ProgressPercentage.Should().Be(40.5);
        e.Sequence.Should().Be(7);
        e.Payload!.Value.GetProperty("run_id").GetString().Should().Be("from-payload");
    }

    [Test]
    public void TopLevel_WinsOverPayload()
    {
        var e = Event("""{"type":"agent_error","error_code":"TOP","payload":{"error_code":"NESTED"}}""");

        e.ErrorCode.Should().Be("TOP");
    }

    [Test]
    public void ToolName_FallsBackToToolKey()
    {
        Event("""{"type":"tool_executing","payload":{"tool":"cost_estimator"}}""").ToolName.Should().Be("cost_estimator");
    }

    [Test]
    public void MissingNullOrMistypedFields_ReadAsNull()
    {
        var e = Event("""{"type":"agent_thinking","run_id":null,"sequence":2.5,"timestamp":"yesterday","payload":[1,2]}""");

        e.RunId.Should().BeNull();
        e.Sequence.Should().BeNull();
        e.Timestamp.Should().BeNull();
        e.Payload.Should().BeNull();
        e.ToolName.Should().BeNull();
        e.Result.Should().BeNull();
        e.ProgressPercentage.Should().BeNull();
        e.LocationOf("run_id").Should().BeNull();
    }

    [Test]
    public void NonJsonFrame_HasNoFields()
    {
        var e = Event("not json at all");

        e.Type.Should().BeNull();
        e.RunId.Should().BeNull();
        e.ToString().Should().Be("#3 (no type)");
    }

    [Test]
    public void NumericIds_AreReadAsText()
    {
        Event("""{"type":"agent_started","run_id":12345}""").RunId.Should().Be("12345");
    }

    [TestCase("1756728000")]
    [TestCase("1756728000.0")]
    [TestCase("\"2025-09-01T12:00:00Z\"")]
    [TestCase("\"2025-09-01T12:00:00.000+00:00\"")]
    [TestCase("\"2025-09-01T14:00:00+02:00\"")]
    [TestCase("\"2025-09-01T11:30:00-00:30\"")]
    [TestCase("\"2025-09-01T12:00:00.000000000Z\"")]
    [TestCase("\"2025-09-01T12:00Z\"")]
    // ISO-8601 spellings the JSON reader's parser does not take, read by the general one: a space, an offset without colon.
    [TestCase("\"2025-09-01 12:00:00Z\"")]
    [TestCase("\"2025-09-01T14:00:00+0200\"")]
    public void Timestamp_EpochSecondsOrIsoWithOffset_IsTheSameInstant(string timestamp)
    {
        Event($$"""{"type":"agent_started","timestamp":{{timestamp}}}""").Timestamp.Should().Be(SyntheticRun.Start);
    }

    [TestCase("1756728000000")]
    [TestCase("\"2025-09-01T12:00:00\"")]
    [TestCase("\"1756728000\"")]
    [TestCase("\"yesterday\"")]
    public void Timestamp_MillisecondsNoOffsetOrText_IsNotAContractTimestamp(string timestamp)
    {
        Event($$"""{"type":"agent_started","timestamp":{{timestamp}}}""").Timestamp.Should().BeNull();
    }

    // The spelling check is hand-written (no regex per event); it must say what contract 2's pattern says.
    [TestCase("2025-09-01T12:00:00Z")]
    [TestCase("2025-09-01t12:00:00z")]
    [TestCase("2025-09-01 12:00Z")]
    [TestCase("2025-09-01T12:00:00.1+02:00")]
    [TestCase("2025-09-01T12:00:00.123456789-0530")]
    [TestCase("2025-09-01T12:00:00.1234567890Z")]
    [TestCase("2025-09-01T12:00:00.Z")]
    [TestCase("2025-09-01T12:00:00Z\n")]
    [TestCase("2025-09-01T12:00:00Z\n\n")]
    [TestCase("2025-09-01T12:00:00")]
    [TestCase("2025-09-01T12:00:Z")]
    [TestCase("2025-09-01T12:00:00+02")]
    [TestCase("2025-09-01T12:00:00+02:0")]
    [TestCase("2025-09-01T12:00:00+020:0")]
    [TestCase("2025-9-01T12:00:00Z")]
    [TestCase("12025-09-01T12:00:00Z")]
    [TestCase(" 2025-09-01T12:00:00Z")]
    [TestCase("2025-09-01T12:00:00Zz")]
    [TestCase("2025-09-01X12:00:00Z")]
    [TestCase("")]
    public void TimestampSpelling_IsWhatTheContractPatternMatches(string spelled)
    {
        var text = spelled.Replace("\\n", "\n", StringComparison.Ordinal);
        var pattern = @"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})$";

        NetraTime.IsIsoWithOffset(text).Should().Be(System.Text.RegularExpressions.Regex.IsMatch(text, pattern), text);

        // Read from the JSON's bytes, or (when the string is escaped) from its decoded text: the same answer.
        var plain = System.Text.Json.JsonSerializer.Serialize(text);
        var escaped = text.Length == 0 ? plain : $"\"\\u{(int)text[0]:x4}{plain[2..]}";
        Event($$"""{"type":"agent_started","timestamp":{{escaped}}}""").Timestamp
            .Should().Be(Event($$"""{"type":"agent_started","timestamp":{{plain}}}""").Timestamp);
    }

    [Test]
    public void SseEventKey_IsTheType()
    {
        var e = Event("""{"event":"agent_completed","run_id":"r1"}""");

        e.Type.Should().Be("agent_completed");
        e.IsTerminal.Should().BeTrue();
    }
}
