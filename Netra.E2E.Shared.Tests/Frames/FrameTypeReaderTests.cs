using System.Text;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.Tests.Frames;

public sealed class FrameTypeReaderTests
{
    // Longer than ReceivedFrame.ParseOnArrivalBytes: a frame the receive loop parses when it arrives.
    private const string Filler = "step two of the analysis looks at the monthly revenue of every region and compares it with the "
        + "target the finance team set at the start of the year, café, 数据 and 🚀";

    private const string LongEvent = "{\"type\":\"agent_thinking\",\"run_id\":\"r-1\",\"payload\":{\"reasoning\":\"" + Filler + "\"}}";

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
    [TestCase(LongEvent)]
    [TestCase(LongEvent + " trailing")]
    [TestCase("{\"type\":7,\"event\":\"fallback\",\"payload\":{\"reasoning\":\"" + Filler + "\"}}")]
    [TestCase("{\"type\":\"agent_thinking\",\"payload\":{\"reasoning\":\"" + Filler + "\" this is not JSON")]
    public void Parse_FromTheReceiveLoop_ReadsWhatAParseOfTheTextReads(string text)
    {
        var fromText = ReceivedFrame.Parse(3, DateTimeOffset.UnixEpoch, text);

        var received = ReceivedFrame.Received(3, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(text));

        received.Type.Should().Be(fromText.Type);
        (received.Json?.GetRawText()).Should().Be(fromText.Json?.GetRawText());
        (received.Index, received.ReceivedAt, received.Text).Should().Be((3, DateTimeOffset.UnixEpoch, text));
    }

    [Test]
    public void LongCases_AreParsedOnArrival() =>
        Encoding.UTF8.GetByteCount(LongEvent).Should().BeGreaterThanOrEqualTo(ReceivedFrame.ParseOnArrivalBytes);

    [Test]
    public void With_ANewTextOnAFrameFromTheReceiveLoop_ReadsTheNewTextsJson()
    {
        var lazy = ReceivedFrame.Received(3, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes("""{"type":"ping","n":1}"""));

        var changed = lazy with { Text = """{"type":"ping","n":2}""" };

        changed.Json!.Value.GetProperty("n").GetInt32().Should().Be(2);
        lazy.Json!.Value.GetProperty("n").GetInt32().Should().Be(1);
    }
}
