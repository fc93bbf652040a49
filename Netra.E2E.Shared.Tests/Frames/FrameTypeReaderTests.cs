using System.Text;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.Tests.Frames;

public sealed class FrameTypeReaderTests
{
    // Longer than ReceivedFrame.ParseOnArrivalBytes by construction: frames the receive loop parses when they arrive.
    private static readonly string Filler = "café, 数据 and 🚀 " + new string('x', ReceivedFrame.ParseOnArrivalBytes);

    private static readonly string LongEvent = "{\"type\":\"agent_thinking\",\"run_id\":\"r-1\",\"payload\":{\"reasoning\":\"" + Filler +
        "\"}}";

    private static readonly string[] LongFrames =
    [
        LongEvent,
        LongEvent + " trailing",
        "{\"type\":7,\"event\":\"fallback\",\"payload\":{\"reasoning\":\"" + Filler + "\"}}",
        "{\"type\":\"agent_thinking\",\"payload\":{\"reasoning\":\"" + Filler + "\" this is not JSON",
    ];

    private static readonly string[] NamedTypeFrames = ["""{"type":"agent_thinking","n":1}""", LongEvent];

    [TestCase("""{"type":"ping"}""")]
    [TestCase("""{"message_id":"m1","payload":{"type":"nested"},"type":"start_agent"}""")]
    [TestCase("""{"event":"agent_started","data":[1,{"type":"x"}]}""")]
    [TestCase("""{"event":"stream_end","type":"wins"}""")]
    [TestCase("""{"type":7,"event":"fallback"}""")]
    [TestCase("""{"type":"ping", this is not JSON""")]
    [TestCase("""{"type":"ping"} trailing""")]
    [TestCase("""[{"type":"ping"}]""")]
    [TestCase("""not json at all""")]
    [TestCase("""{}""")]
    [TestCase("""{"type":null}""")]
    public void TypeOf_Bytes_ReadsWhatTheParsedFrameSays(string text) =>
        ReceivedFrame.TypeOf(Encoding.UTF8.GetBytes(text)).Should().Be(ReceivedFrame.Parse(0, DateTimeOffset.UtcNow, text).Type);

    [TestCase("""{"type":"ping","data":{"timestamp":1764720000.25}}""")]
    [TestCase("""{"type":"agent_thinking","payload":{"reasoning":"café, naïve, 数据 and 🚀"}}""")]
    [TestCase("""{"type":"ping", this is not JSON""")]
    [TestCase("""plain text""")]
    [TestCaseSource(nameof(LongFrames))]
    public void Parse_FromTheReceiveLoop_ReadsWhatAParseOfTheTextReads(string text)
    {
        var fromText = ReceivedFrame.Parse(3, DateTimeOffset.UnixEpoch, text);

        var received = ReceivedFrame.Received(3, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(text));

        received.Type.Should().Be(fromText.Type);
        (received.Json?.GetRawText()).Should().Be(fromText.Json?.GetRawText());
        (received.Index, received.ReceivedAt, received.Text).Should().Be((3, DateTimeOffset.UnixEpoch, text));
    }

    [Test]
    public void With_ANewTextOnAFrameFromTheReceiveLoop_ReadsTheNewTextsJson()
    {
        var lazy = ReceivedFrame.Received(3, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes("""{"type":"ping","n":1}"""));

        var changed = lazy with { Text = """{"type":"ping","n":2}""" };

        changed.Json!.Value.GetProperty("n").GetInt32().Should().Be(2);
        lazy.Json!.Value.GetProperty("n").GetInt32().Should().Be(1);
    }

    [Test]
    public void NamedTypes_AreTheContractsFrameTypes() =>
        ReceivedFrame.NamedTypes.Should().BeEquivalentTo(AgentEventTypes.All.Concat(AgentEventTypes.NonAgent));

    [TestCaseSource(nameof(NamedTypeFrames))]
    public void Type_OfANamedType_IsTheSharedConstant(string text)
    {
        var fromBytes = ReceivedFrame.Received(0, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(text));
        var fromText = ReceivedFrame.Parse(0, DateTimeOffset.UnixEpoch, text);

        fromBytes.Type.Should().BeSameAs(AgentEventTypes.AgentThinking);
        fromText.Type.Should().BeSameAs(AgentEventTypes.AgentThinking);
    }

    [TestCase("""{"type":"agent\u005fthinking"}""", "agent_thinking")]
    [TestCase("""{"type":"agent_thinking_more"}""", "agent_thinking_more")]
    [TestCase("""{"type":"Agent_Thinking"}""", "Agent_Thinking")]
    [TestCase("""{"type":""}""", "")]
    public void Type_EscapedOrUnnamed_IsReadAsWritten(string text, string type)
    {
        ReceivedFrame.Received(0, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(text)).Type.Should().Be(type);
        ReceivedFrame.Parse(0, DateTimeOffset.UnixEpoch, text).Type.Should().Be(type);
    }
}
