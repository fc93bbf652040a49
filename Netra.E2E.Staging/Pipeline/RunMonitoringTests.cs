using System.Diagnostics;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Pipeline;

[Pipeline]
[WritesData]
public sealed class RunMonitoringTests : E2ETest
{
    // Spaces the events on the reference backend (contract 6) so a run lasts long enough to be seen running.
    private const int ThinkDelayMs = 300;

    // Upper bound: the server's clock starts after our request left and stops before its agent_completed arrived; 5 ms covers rounding.
    private static readonly TimeSpan UpperTolerance = TimeSpan.FromMilliseconds(5);

    // Lower bound: arrival times of the run's own events can be late by scheduling and delivery jitter.
    private static readonly TimeSpan DeliveryJitter = TimeSpan.FromMilliseconds(200);

    [Test]
    [Legacy("test_3 LifecycleMonitoring")]
    [Catches("drop-agent_started", "drop-agent_completed")]
    [Verifies("REST-START-1", "REST-START-2", "REST-STATUS-3", "REST-STATUS-4", "REST-STATUS-6")]
    public async Task AgentStatus_DuringAndAfterARun_MovesFromRunningToCompletedWithAdvancingActivity()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        var agentId = await StartAgentOverRestAsync(user, ContractAgents.Data, "Count the rows of the billing dataset per month",
            ThinkDelayMs);

        // This user starts one run only, so every agent event on its connection belongs to it.
        await socket.Frames.WaitForAsync(
            AgentEventPredicates.IsEventOfRun(AgentEventTypes.AgentStarted, agentId), "agent_started of the started run", 0,
            Settings.RunTimeout, Cancellation);
        var first = await StatusAsync(user, agentId);
        first.Status.Should().Be("running", "between agent_started and the terminal event the run is running; status said {0}",
            first.Text);
        first.AgentType.Should().Be("data", "status names the agent type that was started; status said {0}", first.Text);

        var afterFirst = socket.Frames.Received.Count;
        await socket.Frames.WaitForAsync(
            f => AgentEventPredicates.IsAgentEvent(f) && !AgentEventPredicates.IsTerminal(f),
                "a further event of the run after the first status read",
            afterFirst, Settings.RunTimeout, Cancellation);
        var second = await StatusAsync(user, agentId);
        second.Status.Should().Be("running", "the run has more steps to go; status said {0}", second.Text);
        second.LastActivity.Should().BeOnOrAfter(first.LastActivity!.Value,
            "last_activity never goes back while the run emits events; first {0}, then {1}", first.Text, second.Text);

        var terminal = (await WaitForRunEndAsync(socket, agentId)).Terminal!;
        terminal.Type.Should().Be(AgentEventTypes.AgentCompleted, "the run must complete; {0}", socket.Frames.Describe());
        var final = await AgentStatusAfterRunAsync(user, agentId);
        CheckLastActivity(final);
        final.Status.Should().Be("completed", "after agent_completed the run is completed; status said {0}", final.Text);
        final.LastActivity.Should().BeOnOrAfter(second.LastActivity!.Value, "last_activity never goes back; before {0}, after {1}",
            second.Text, final.Text);

        // The run emitted events for well over a second after the first read (think_delay_ms apart), so last_activity
        // advances even where a target spells it in whole epoch seconds (contract 2).
        final.LastActivity.Should().BeAfter(first.LastActivity!.Value,
            "the run emitted events for over a second after the first read, so last_activity must advance; first {0}, then {1}",
            first.Text, final.Text);
        final.StartTime.Should().Be(first.StartTime,
            "start_time is fixed for a run; before {0}, after {1}", first.Text, final.Text);
    }

    [Test]
    [Legacy("test_3 PipelineMetrics")]
    [Catches("drop-agent_started", "drop-agent_thinking", "drop-agent_completed", "canned-agent")]
    [Verifies("AGENT-EVENTS-9", "HTTP-TIME-3", "AGENT-ENVELOPE-1", "AGENT-ENVELOPE-2", "AGENT-ENVELOPE-3", "AGENT-ENVELOPE-4",
        "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2", "AGENT-EVENTS-3", "AGENT-EVENTS-4", "AGENT-EVENTS-5", "AGENT-EVENTS-6",
        "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3", "AGENT-ORDER-4", "AGENT-ORDER-5", "AGENT-ORDER-6")]
    public async Task RunMetrics_ExecutionTime_IsConsistentWithTheObservedWallTime()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        const string Request = "Which keywords dominate the incident reports of the storage cluster?";
        var wall = Stopwatch.StartNew();
        var started = await StartAgentAsync(socket, ContractAgents.Data, Request, new RunOptions { ThinkDelayMs = ThinkDelayMs });
        var run = await started.WaitForEndAsync(Cancellation);
        var observed = wall.Elapsed;
        var messageId = started.MessageId;
        run.Should().BeAValidRun(new AgentRunExpectations(user.UserId) { MessageId = messageId, AgentType = "data", Request = Request });
        var completed = run.Terminal!;
        var execution = completed.ExecutionTime
            ?? throw new AssertionException($"agent_completed must carry a numeric execution_time_ms; it was {completed.Frame.Text}");

        execution.Should().BeLessThanOrEqualTo(observed + UpperTolerance,
            "the run cannot take longer than the {0:0} ms between sending start_agent and receiving agent_completed; it was {1}",
            observed.TotalMilliseconds, completed.Frame.Text);

        // The run was busy at least from its first event to its last event before the terminal one.
        var pre = run.Events.Where(e => !e.IsTerminal).ToList();
        var busy = pre[^1].ReceivedAt - pre[0].ReceivedAt;
        execution.Should().BeGreaterThanOrEqualTo(busy - DeliveryJitter,
            "the run emitted its events over {0:0} ms ({1} events from {2} to {3}, think_delay_ms {4}), so execution_time_ms must cover " +
                "that span less {5:0} ms of delivery jitter; it was {6}",
            busy.TotalMilliseconds, pre.Count, pre[0], pre[^1], ThinkDelayMs, DeliveryJitter.TotalMilliseconds, completed.Frame.Text);

        foreach (var tool in run.OfType(AgentEventTypes.ToolCompleted))
        {
            var toolTime = tool.ExecutionTime
                ?? throw new AssertionException($"tool_completed carries a numeric execution_time_ms; {tool} was {tool.Frame.Text}");
            toolTime.Should().BeGreaterThanOrEqualTo(TimeSpan.Zero, "a duration is not negative; {0} was {1}", tool, tool.Frame.Text)
                .And.BeLessThanOrEqualTo(execution, "a tool call lasts no longer than its run ({0:0.###} ms); {1} was {2}",
                    execution.TotalMilliseconds, tool, tool.Frame.Text);
        }
    }

    private async Task<AgentStatus> StatusAsync(TestUser user, string agentId) =>
        CheckLastActivity(await AgentStatusOfAsync(user, agentId));

    private static AgentStatus CheckLastActivity(AgentStatus entry)
    {
        entry.LastActivity.Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "last_activity is a timestamp (ISO-8601 or epoch seconds) near the client's clock; the entry was {0}", entry.Text);
        return entry;
    }
}
