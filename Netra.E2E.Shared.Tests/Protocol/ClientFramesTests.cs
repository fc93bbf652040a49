using System.Text;
using Netra.E2E.Shared.Protocol;

namespace Netra.E2E.Shared.Tests.Protocol;

public sealed class ClientFramesTests
{
    [TestCase(8192)]
    [TestCase(9192)]
    [TestCase(28)]
    public void PaddedPing_OfAGivenSize_IsExactlyThatManyBytesOfJson(int bytes)
    {
        var text = ClientFrames.PaddedPing(bytes);

        Encoding.UTF8.GetByteCount(text).Should().Be(bytes);
        text.Should().StartWith("{\"type\":\"ping\",\"padding\":\"");
    }

    [Test]
    public void StartAgent_WithThreadAndDelay_PutsThemInThePayload()
    {
        var frame = ClientFrames.StartAgent("data", "count rows", new RunOptions { ThreadId = "t-1", ThinkDelayMs = 5 }, "m-1");

        frame.ToJsonString().Should().Be(
            "{\"type\":\"start_agent\",\"payload\":{\"user_request\":\"count rows\",\"agent_type\":\"data\",\"thread_id\":\"t-1\"," +
            "\"context\":{\"think_delay_ms\":5}},\"message_id\":\"m-1\"}");
    }

    [Test]
    public void UserMessage_WithoutOptions_CarriesOnlyContentAndMessageId()
    {
        ClientFrames.UserMessage("hi", RunOptions.None, "m-2").ToJsonString().Should().Be(
            "{\"type\":\"user_message\",\"payload\":{\"content\":\"hi\"},\"message_id\":\"m-2\"}");
    }
}
