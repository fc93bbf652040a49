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
}
