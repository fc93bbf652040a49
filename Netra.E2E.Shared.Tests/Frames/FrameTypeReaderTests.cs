using System.Text;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.Tests.Frames;

public sealed class FrameTypeReaderTests
{
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
    public void Parse_FromTheReceiveLoop_ReadsLaterWhatAnEagerParseReadsNow(string text)
    {
        var eager = ReceivedFrame.Parse(3, DateTimeOffset.UnixEpoch, text);

        var lazy = ReceivedFrame.ParsedWhenRead(3, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(text));

        lazy.Type.Should().Be(eager.Type);
        (lazy.Json?.GetRawText()).Should().Be(eager.Json?.GetRawText());
        (lazy.Index, lazy.ReceivedAt, lazy.Text).Should().Be((3, DateTimeOffset.UnixEpoch, text));
    }

    [Test]
    public void With_ANewTextOnAFrameFromTheReceiveLoop_ReadsTheNewTextsJson()
    {
        var lazy = ReceivedFrame.ParsedWhenRead(3, DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes("""{"type":"ping","n":1}"""));

        var changed = lazy with { Text = """{"type":"ping","n":2}""" };

        changed.Json!.Value.GetProperty("n").GetInt32().Should().Be(2);
        lazy.Json!.Value.GetProperty("n").GetInt32().Should().Be(1);
    }
}
