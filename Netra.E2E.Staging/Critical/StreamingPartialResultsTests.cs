using FluentAssertions;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class StreamingPartialResultsTests : E2ETest
{
    private static readonly string[] PartialResultRules =
    [
        RunRuleIds.EventsPresent, RunRuleIds.ThinkingBeforeFirstTool, RunRuleIds.ProgressNotDecreasing, RunRuleIds.ToolPairing,
        RunRuleIds.SingleTerminal, RunRuleIds.ExpectedEnding, RunRuleIds.TerminalLast, RunRuleIds.ExpectedTools, RunRuleIds.ComputedResult,
    ];

    [Test]
    [Legacy("023")]
    [Catches("drop-agent_thinking")]
    [Verifies("WS-MSG-6", "AGENT-ORDER-2", "AGENT-ORDER-3", "AGENT-EVENTS-2", "AGENT-EVENTS-3", "AGENT-EVENTS-5")]
    public async Task AgentRun_WhileWorking_StreamsRisingThinkingAndToolResultsBeforeCompletion()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        const string Request = "Query the usage dataset and report the busiest regions of the busiest month";
        var started = await StartAgentAsync(socket, ContractAgents.Data, Request);
        var run = await started.WaitForEndAsync(Cancellation);
        var messageId = started.MessageId;
        var terminal = run.Terminal!;
        run.Should().SatisfyRules(
            new AgentRunExpectations(user.UserId) { MessageId = messageId, AgentType = ContractAgents.Data, Request = Request },
                PartialResultRules,
            "partial results (thinking with progress, each tool's result) stream before agent_completed");

        var thinking = run.OfType(AgentEventTypes.AgentThinking).ToList();
        thinking.Should().OnlyContain(
            e => e.Index < terminal.Index && e.ProgressPercentage != null,
            "every agent_thinking carries progress_percentage and arrives before the terminal event; the run was {0}", run);
        if (thinking.Count > 1)
        {
            thinking[^1].ProgressPercentage.Should().BeGreaterThan(
                thinking[0].ProgressPercentage!.Value, "progress rises while the agent works; the run was {0}", run);
        }

        run.OfType(AgentEventTypes.ToolCompleted).Should().HaveCount(
            ContractAgents.ToolsOf(ContractAgents.Data).Count, "each tool's result streams as its own tool_completed; the run was {0}", run)
            .And.OnlyContain(e => e.Index < terminal.Index && e.Result != null,
                "tool results arrive before agent_completed; the run was {0}", run);
    }
}
