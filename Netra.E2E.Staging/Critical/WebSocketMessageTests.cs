using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class WebSocketMessageTests : E2ETest
{
    private static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(10);

    [Test]
    [Legacy("003")]
    [Catches("user-message-ack-only")]
    public async Task UserMessage_WithMessageId_StartsRunThatEchoesItToCompletion()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        var messageId = "msg-" + Guid.NewGuid().ToString("N");
        const string content = "Please review the weekly usage report for our analytics team";

        var from = socket.Frames.Received.Count;
        await socket.SendJsonAsync(new { type = "user_message", payload = new { content }, message_id = messageId }, Cancellation);
        await socket.Frames.WaitForAsync(
            AgentEventPredicates.IsTerminalFor(messageId),
            $"the terminal event of the triage run started by user_message {messageId}", from, RunDeadline, Cancellation);

        var transcript = AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId);
        transcript.Should().BeAValidRun(new AgentRunExpectations(user.UserId)
        {
            MessageId = messageId,
            AgentType = ContractAgents.Triage,
            Request = content,
        });
    }
}
