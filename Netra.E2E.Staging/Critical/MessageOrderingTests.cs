using FluentAssertions;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class MessageOrderingTests : E2ETest
{
    private static readonly string[] OrderingRules =
    [
        RunRuleIds.EventsPresent, RunRuleIds.StartsWithAgentStarted, RunRuleIds.ToolPairing, RunRuleIds.SingleTerminal,
        RunRuleIds.TerminalLast, RunRuleIds.ConsecutiveSequence, RunRuleIds.TimestampsNonDecreasing,
    ];

    [Test]
    [Legacy("024")]
    [Catches("tool-events-reordered")]
    [Verifies("WS-MSG-6", "AGENT-ENVELOPE-6", "AGENT-ENVELOPE-7", "AGENT-ORDER-1", "AGENT-ORDER-3", "AGENT-ORDER-4", "AGENT-ORDER-5",
        "AGENT-ORDER-6")]
    public async Task AgentRunEvents_OfOneRun_ArriveNumberedConsecutivelyInTimeAndToolOrder()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        const string Request = "Estimate what this request costs and how to optimize the spend";
        var started = await StartAgentAsync(socket, ContractAgents.Optimization, Request);
        await started.WaitForEndAsync(Cancellation);
        await socket.RoundTripAsync(Cancellation);

        var messageId = started.MessageId;
        var run = started.Transcript();
        run.Should().SatisfyRules(new AgentRunExpectations(user.UserId) { MessageId = messageId }, OrderingRules,
            "the events of one run arrive in order");
        run.Events.Select(e => e.Sequence).Should().Equal(
            Enumerable.Range(1, run.Events.Count).Select(i => (int?)i),
                "sequence numbers the events 1, 2, 3… in arrival order; the run was {0}", run);
    }

    [Test]
    [Legacy("024")]
    [Catches("history-misordered")]
    [Verifies("WS-MSG-3", "REST-HISTORY-3")]
    public async Task UserMessages_FiveSentBackToBackOnOneThread_KeepTheirOrder()
    {
        var user = await NewUserAsync();
        var threadId = await CreateThreadAsync(user, "Five in a row");
        var socket = await ConnectWelcomedAsync(user);
        var sent = Enumerable.Range(1, 5).Select(i => $"Ordered message {i} of 5 ({Guid.NewGuid():N})").ToList();
        var runs = new List<RunHandle>();
        foreach (var content in sent)
        {
            runs.Add(await SendUserMessageAsync(socket, content, new RunOptions { ThreadId = threadId }));
        }

        foreach (var run in runs)
        {
            await run.WaitForEndAsync(Cancellation);
        }

        await socket.RoundTripAsync(Cancellation);
        foreach (var run in runs)
        {
            run.Transcript().Should().SatisfyRules(
                new AgentRunExpectations(user.UserId) { MessageId = run.MessageId, ThreadId = threadId }, OrderingRules,
                "each run keeps its own order while five run side by side");
        }

        var history = await ThreadHistoryAsync(user, threadId, "?limit=100");
        history.Require().Messages.Where(m => m.Role == "user").Select(m => m.Text).Should().Equal(
            sent, "the thread's history lists the user's messages oldest first, in the order they were sent; target answered {0}",
            history.Response.Describe());
    }
}
