using FluentAssertions;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class ConnectionResilienceTests : E2ETest
{
    [Test]
    [Legacy("020")]
    [Verifies("WS-CONN-4", "WS-WELCOME-1", "WS-WELCOME-2", "WS-WELCOME-3", "WS-MSG-6", "AGENT-ENVELOPE-1", "AGENT-ENVELOPE-2",
        "AGENT-ENVELOPE-3", "AGENT-ENVELOPE-4", "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2", "AGENT-EVENTS-3",
        "AGENT-EVENTS-4", "AGENT-EVENTS-5", "AGENT-EVENTS-6", "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3", "AGENT-ORDER-4",
        "AGENT-ORDER-5", "AGENT-ORDER-6")]
    public async Task WebSocket_AbortedMidRun_ServerKeepsServingAndAReconnectCompletesANewRun()
    {
        var user = await NewUserAsync();
        var dropped = await ConnectWelcomedAsync(user);
        var droppedWelcome = await dropped.WaitForWelcomeAsync(Cancellation);
        var abandoned = await StartAgentAsync(
            dropped, ContractAgents.Data, "A long data report the client walks away from", new RunOptions { ThinkDelayMs = 100 });
        await abandoned.WaitForEventAsync(AgentEventTypes.AgentStarted, Cancellation);
        dropped.Abort();

        var health = await Backend.GetAsync("/health", Cancellation);
        health.Should().HaveStatus(200);
        health.Str("status").Should().Be("healthy", "a client vanishing mid-run must not hurt the server; GET /health answered {0}",
            health.Describe());

        var socket = await ConnectWelcomedAsync(user);
        var welcome = await socket.WaitForWelcomeAsync(Cancellation);
        welcome.Json.Str("data.user_id").Should().Be(user.UserId, "the new connection's welcome names the token's user; welcome was {0}",
            welcome.Text);
        welcome.Json.Str("data.connection_id").Should().NotBe(
            droppedWelcome.Json.Str("data.connection_id"), "a new connection gets a new connection_id; welcome was {0}", welcome.Text);

        const string Request = "After reconnecting: count the tokens of this request";
        var started = await StartAgentAsync(socket, ContractAgents.Triage, Request);
        await started.WaitForEndAsync(Cancellation);
        var messageId = started.MessageId;
        await socket.RoundTripAsync(Cancellation);
        var run = AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId);
        run.Should().BeAValidRun(new AgentRunExpectations(user.UserId) { MessageId = messageId, AgentType = ContractAgents.Triage,
            Request = Request });
    }
}
