using FluentAssertions;
using Netra.E2E.Shared.Assertions;
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
        var messageId = await SocketRuns.StartAgentAsync(socket, ContractAgents.Optimization, Request, Cancellation);
        await SocketRuns.WaitForTerminalAsync(socket, messageId, Cancellation);
        await socket.RoundTripAsync(Cancellation);

        var run = AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId);
        run.Should().SatisfyRules(new AgentRunExpectations(user.UserId) { MessageId = messageId }, OrderingRules, "the events of one run arrive in order");
        run.Events.Select(e => e.Sequence).Should().Equal(
            Enumerable.Range(1, run.Events.Count).Select(i => (int?)i), "sequence numbers the events 1, 2, 3… in arrival order; the run was {0}", run);
    }

    [Test]
    [Legacy("024")]
    [Catches("history-misordered")]
    [Verifies("WS-MSG-3", "REST-HISTORY-3")]
    public async Task UserMessages_FiveSentBackToBackOnOneThread_KeepTheirOrder()
    {
        var user = await NewUserAsync();
        var threadId = await ThreadCalls.CreateAsync(Backend, user, "Five in a row", Cancellation);
        var socket = await ConnectWelcomedAsync(user);
        var sent = Enumerable.Range(1, 5).Select(i => $"Ordered message {i} of 5 ({Guid.NewGuid():N})").ToList();
        var messageIds = new List<string>();
        foreach (var content in sent)
        {
            messageIds.Add(await SocketRuns.SendUserMessageAsync(socket, content, threadId, Cancellation));
        }

        foreach (var messageId in messageIds)
        {
            await SocketRuns.WaitForTerminalAsync(socket, messageId, Cancellation);
        }

        await socket.RoundTripAsync(Cancellation);
        foreach (var messageId in messageIds)
        {
            AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId).Should().SatisfyRules(
                new AgentRunExpectations(user.UserId) { MessageId = messageId, ThreadId = threadId }, OrderingRules,
                "each run keeps its own order while five run side by side");
        }

        var history = await ThreadCalls.MessagesAsync(Backend, user, threadId, Cancellation, "?limit=100");
        history.Items("messages").Where(m => ThreadCalls.RoleOf(m) == "user").Select(ThreadCalls.TextOf).Should().Equal(
            sent, "the thread's history lists the user's messages oldest first, in the order they were sent; target answered {0}", history.Describe());
    }
}
