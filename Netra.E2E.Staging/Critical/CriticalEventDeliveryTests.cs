using FluentAssertions;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class CriticalEventDeliveryTests : E2ETest
{
    [TestCase(ContractAgents.Triage, "Please optimize the monthly cloud budget of our analytics cluster")]
    [TestCase(ContractAgents.Data, "Build a data report from the sales dataset: sales by region and sales by month")]
    [TestCase(ContractAgents.Optimization, "Reduce the spend of our inference fleet while keeping the latency of every request low")]
    [Legacy("025")]
    [Catches(
        "drop-agent_started", "drop-agent_thinking", "drop-tool_executing", "drop-tool_completed", "drop-agent_completed",
        "tool-events-reordered", "duplicate-terminal", "canned-agent", "events-to-all-users")]
    [Verifies("WS-MSG-6", "AGENT-ENVELOPE-5", "AGENT-DELIVERY-2", "AGENT-TRIAGE-1", "AGENT-TRIAGE-2", "AGENT-ENVELOPE-1",
        "AGENT-ENVELOPE-2", "AGENT-ENVELOPE-3", "AGENT-ENVELOPE-4", "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2",
        "AGENT-EVENTS-3", "AGENT-EVENTS-4", "AGENT-EVENTS-5", "AGENT-EVENTS-6", "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3",
        "AGENT-ORDER-4", "AGENT-ORDER-5", "AGENT-ORDER-6", "AGENT-TOOLS-1", "AGENT-TOOLS-2", "AGENT-TOOLS-3", "AGENT-TOOLS-4",
        "AGENT-TOOLS-5", "AGENT-TOOLS-6", "AGENT-TOOLS-7", "AGENT-TOOLS-8", "AGENT-TOOLS-10", "AGENT-DATA-1", "AGENT-OPT-1",
        "AGENT-SUMMARY-1", "AGENT-SUMMARY-2", "AGENT-EVENTS-7")]
    public async Task AgentRun_StartedOverWebSocket_DeliversOneComputedLifecycleToItsOwnerOnly(string agentType, string request)
    {
        var owner = await NewUserAsync("owner");
        var bystander = await NewUserAsync("bystander");
        var ownerSocket = await ConnectWelcomedAsync(owner);
        var bystanderSocket = await ConnectWelcomedAsync(bystander);

        var started = await StartAgentAsync(ownerSocket, agentType, request);
        await started.WaitForEndAsync(Cancellation);
        await ownerSocket.RoundTripAsync(Cancellation);
        await bystanderSocket.RoundTripAsync(Cancellation);

        var messageId = started.MessageId;
        var run = started.Transcript();
        run.Should().BeAValidRun(new AgentRunExpectations(owner.UserId) { MessageId = messageId, AgentType = agentType,
            Request = request });
        run.Should().HaveCompletedWith(agentType, request);

        bystanderSocket.Frames.Received.Count(AgentEventPredicates.IsAgentEvent).Should().Be(
            0,
            "user {0} started no run and shares nothing with {1}, so no agent event may reach their connection; it received:{2}{3}",
            bystander.UserId, owner.UserId, Environment.NewLine, bystanderSocket.Frames.Describe());

        var thread = await Api(owner).GetThreadAsync(run.ThreadId!, Cancellation);
        thread.Response.Should().HaveStatus(200);
        (thread.Value?.Id).Should().Be(run.ThreadId,
            "the run's events name thread {0}, which must be the owner's thread; target answered {1}", run.ThreadId,
                thread.Response.Describe());
    }
}
