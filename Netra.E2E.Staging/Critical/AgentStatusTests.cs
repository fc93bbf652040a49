using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class AgentStatusTests : E2ETest
{
    [Test]
    [Legacy("009")]
    [Verifies("REST-START-1", "REST-START-2", "REST-STATUS-1", "REST-STATUS-3", "REST-STATUS-4", "HTTP-TIME-1", "HTTP-TIME-2")]
    public async Task AgentStatus_StartedRun_IsRunningThenCompleted()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);

        // think_delay_ms spaces the reference backend's events so the run is still going when status is read.
        var agentId = await StartAgentOverRestAsync(user, ContractAgents.Optimization, "Price a weekly summary of our support inbox", 300);

        var running = await AgentStatusOfAsync(user, agentId);
        running.Status.Should().Be("running", "right after start the run must be running; entry was {0}", running.Text);
        running.AgentType.Should().Be(ContractAgents.Optimization, "the status must name the run's agent type; entry was {0}",
            running.Text);
        running.StartTime.Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the status carries start_time, a timestamp near the client's clock; entry was {0}", running.Text);
        running.LastActivity.Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the status carries last_activity, a timestamp near the client's clock; entry was {0}", running.Text);

        // agent_id is the run_id of the run's events (contract v2): the run is found on the WebSocket by it.
        var run = await WaitForRunEndAsync(socket, agentId);
        run.Terminal!.Type.Should().Be("agent_completed", "the started run must complete; the run was {0}", run);

        var completed = await AgentStatusOfAsync(user, agentId);
        completed.Status.Should().Be("completed", "after agent_completed the run's status must be completed; entry was {0}",
            completed.Text);
    }
}
