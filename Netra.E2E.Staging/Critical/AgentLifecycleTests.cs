using FluentAssertions;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class AgentLifecycleTests : E2ETest
{
    // Long enough that the run is still between its first events when the cancel arrives (the reference maximum).
    private const int SlowThinkDelayMs = 2000;

    // A cancelled run may end before it thought or ran a tool, so the rules about those are not asked of it.
    private static readonly string[] CancelledRunRules =
    [
        .. AgentRunValidator.RuleIds.Except([RunRuleIds.ThinkingBeforeFirstTool, RunRuleIds.ExpectedTools, RunRuleIds.ComputedResult]),
    ];

    [Test]
    [Legacy("022")]
    [Verifies("REST-START-1", "REST-STATUS-4", "REST-STATUS-5", "REST-CANCEL-1", "REST-CANCEL-2", "AGENT-EVENTS-8")]
    public async Task AgentRun_CancelledWhileRunning_EndsWithCancelledErrorAndStatus()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        var runId = await StartAgentOverRestAsync(user, ContractAgents.Data, "Prepare a data report of the quarterly query volume",
            SlowThinkDelayMs);

        var running = await AgentStatusOfAsync(user, runId);
        running.Status.Should().Be(
            "running", "a run started with think_delay_ms {0} is still running right after the start; status was {1}", SlowThinkDelayMs,
                running.Text);
        running.AgentType.Should().Be(ContractAgents.Data, "the run was started as agent_type data; status was {0}", running.Text);

        var cancel = await Api(user).CancelAgentAsync(runId, Cancellation);
        cancel.Should().HaveStatus(200);
        cancel.Bool("success").Should().BeTrue("a cancel of a running run succeeds; target answered {0}", cancel.Describe());
        cancel.Str("action").Should().Be("cancel", "target answered {0}", cancel.Describe());

        await WaitForRunEndAsync(socket, runId);
        await socket.RoundTripAsync(Cancellation);
        var run = AgentRunTranscript.ForRunId(socket.Frames.Received, runId);
        run.Should().SatisfyRules(
            new AgentRunExpectations(user.UserId) { Ending = RunEnding.Error, ErrorCode = "CANCELLED" }, CancelledRunRules,
            "the run was cancelled through POST /api/agents/cancel");

        var cancelled = await AgentStatusOfAsync(user, runId);
        cancelled.Status.Should().Be(
            "cancelled", "the run ended with agent_error CANCELLED, so its status must say so; status was {0}", cancelled.Text);
    }

    [Test]
    [Legacy("022")]
    [Catches("status-remap-500")]
    [Verifies("REST-CANCEL-5")]
    public async Task AgentRun_CancelAfterItCompleted_IsRefusedWith409()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        const string Request = "Count the tokens of this short request";
        var runId = await StartAgentOverRestAsync(user, ContractAgents.Triage, Request, 0);
        (await WaitForRunEndAsync(socket, runId)).Should().HaveCompletedWith(ContractAgents.Triage, Request);

        var cancel = await Api(user).CancelAgentAsync(runId, Cancellation);
        cancel.Should().HaveStatus(409);
        cancel.Str("error_code").Should().NotBeNullOrWhiteSpace("a 409 carries the error body; target answered {0}", cancel.Describe());

        var status = await AgentStatusOfAsync(user, runId);
        status.Status.Should().Be("completed", "a refused cancel leaves the finished run as it was; status was {0}", status.Text);
    }

    [Test]
    [Legacy("022")]
    [Verifies("REST-CANCEL-3", "REST-CANCEL-4")]
    public async Task AgentRun_CancelByAnotherUserOrOfUnknownId_IsNotFoundAndTheRunCompletes()
    {
        var owner = await NewUserAsync("owner");
        var intruder = await NewUserAsync("intruder");
        var socket = await ConnectWelcomedAsync(owner);
        const string Request = "Estimate the cost of this request for the budget";
        var runId = await StartAgentOverRestAsync(owner, ContractAgents.Optimization, Request, 100);

        var foreign = await Api(intruder).CancelAgentAsync(runId, Cancellation);
        foreign.Should().HaveStatus(404);
        var unknown = await Api(owner).CancelAgentAsync($"run-{Guid.NewGuid():N}", Cancellation);
        unknown.Should().HaveStatus(404);

        (await WaitForRunEndAsync(socket, runId)).Should().HaveCompletedWith(
            ContractAgents.Optimization, Request, "another user's cancel must not touch the run");
    }
}
