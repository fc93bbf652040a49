using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class WebSocketMessageTests : E2ETest
{

    [Test]
    [Legacy("003")]
    [Catches("user-message-ack-only")]
    [Verifies("WS-MSG-3", "AGENT-ENVELOPE-5", "AGENT-ENVELOPE-1", "AGENT-ENVELOPE-2", "AGENT-ENVELOPE-3", "AGENT-ENVELOPE-4",
        "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2", "AGENT-EVENTS-3", "AGENT-EVENTS-4", "AGENT-EVENTS-5", "AGENT-EVENTS-6",
        "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3", "AGENT-ORDER-4", "AGENT-ORDER-5", "AGENT-ORDER-6")]
    public async Task UserMessage_WithMessageId_StartsRunThatEchoesItToCompletion()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        var messageId = "msg-" + Guid.NewGuid().ToString("N");
        const string content = "Please review the weekly usage report for our analytics team";

        var sent = await SendUserMessageAsync(socket, content, new RunOptions { MessageId = messageId });
        var transcript = await sent.WaitForEndAsync(Cancellation);
        transcript.Should().BeAValidRun(new AgentRunExpectations(user.UserId)
        {
            MessageId = messageId,
            AgentType = ContractAgents.Triage,
            Request = content,
        });
    }
}
