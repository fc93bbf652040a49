using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Pipeline;

[Pipeline]
[WritesData]
public sealed class EventFlowTests : E2ETest
{
    private const int ConcurrentUsers = 7;

    [Test]
    [Legacy("test_1 WebSocketEventFlow")]
    [Catches(
        "drop-agent_started", "drop-agent_thinking", "drop-tool_executing", "drop-tool_completed", "drop-agent_completed",
        "tool-events-reordered", "duplicate-terminal", "canned-agent", "user-message-ack-only")]
    [Verifies("WS-MSG-3", "AGENT-ENVELOPE-5", "AGENT-ENVELOPE-1", "AGENT-ENVELOPE-2", "AGENT-ENVELOPE-3", "AGENT-ENVELOPE-4",
        "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2", "AGENT-EVENTS-3", "AGENT-EVENTS-4", "AGENT-EVENTS-5", "AGENT-EVENTS-6",
        "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3", "AGENT-ORDER-4", "AGENT-ORDER-5", "AGENT-ORDER-6")]
    public async Task UserMessage_OnANamedThread_StreamsTheFullLifecycleOnThatThread()
    {
        var user = await NewUserAsync();
        var threadId = await CreateThreadAsync(user, "Pipeline event flow");
        var socket = await ConnectWelcomedAsync(user);

        const string Request = "How can we cut the cost of our nightly batch jobs?";
        var sent = await SendUserMessageAsync(socket, Request, new RunOptions { ThreadId = threadId });
        await sent.WaitForEndAsync(Cancellation);
        await socket.RoundTripAsync(Cancellation);

        var messageId = sent.MessageId;
        var run = sent.Transcript();
        run.Should().ContainInOrder(
            AgentEventTypes.AgentStarted, AgentEventTypes.AgentThinking, AgentEventTypes.ToolExecuting, AgentEventTypes.ToolCompleted,
                AgentEventTypes.AgentCompleted);
        run.Should().BeAValidRun(new AgentRunExpectations(user.UserId) { MessageId = messageId, ThreadId = threadId, AgentType = "triage",
            Request = Request });
    }

    [Test]
    [Legacy("test_1 ConcurrentWebSockets")]
    [Catches("events-to-all-users", "user-message-ack-only")]
    [Verifies("WS-MSG-3", "AGENT-ENVELOPE-3", "AGENT-DELIVERY-2")]
    public async Task ConcurrentRuns_OfSevenUsers_ReachOnlyTheirOwners()
    {
        var users = await Task.WhenAll(Enumerable.Range(1, ConcurrentUsers).Select(i => NewUserAsync($"concurrent{i}")));
        var sockets = await Task.WhenAll(users.Select(ConnectWelcomedAsync));
        var requests = users.Select((_, i) => $"User {i + 1} asks which dataset feeds report number {i + 1}").ToArray();

        var runs = await Task.WhenAll(sockets.Select((socket, i) => SendUserMessageAsync(socket, requests[i])));
        await Task.WhenAll(runs.Select(run => run.WaitForEndAsync(Cancellation)));
        var messageIds = runs.Select(run => run.MessageId).ToArray();

        // Every run has ended; one more round trip per connection lets anything the server misdelivered arrive.
        await Task.WhenAll(sockets.Select(socket => socket.RoundTripAsync(Cancellation)));

        for (var i = 0; i < users.Length; i++)
        {
            CheckOwnRunOnly(users[i], sockets[i], messageIds[i], requests[i], messageIds.Where((_, j) => j != i).ToHashSet());
        }
    }

    private static void CheckOwnRunOnly(TestUser owner, NetraWebSocketClient socket, string messageId, string request,
        HashSet<string> othersMessages)
    {
        var frames = socket.Frames.Received;
        var foreign = frames.Where(AgentEventPredicates.IsForeignTo(owner.UserId)).ToList();
        foreign.Should().BeEmpty(
            "events of other users' runs must never reach {0}'s connection, but {1} did: {2}", owner.UserId, foreign.Count,
                socket.Frames.Describe());
        frames.Where(AgentEventPredicates.IsAgentEvent).Select(f => new AgentEvent(f).MessageId).Should().NotContain(
            id => id != null && othersMessages.Contains(id), "no event of another user's message may reach {0}; {1}", owner.UserId,
                socket.Frames.Describe());
        var ownRun = AgentRunTranscript.ForMessageId(frames, messageId);
        ownRun.Should().BeAValidRun(
            new AgentRunExpectations(owner.UserId) { MessageId = messageId, AgentType = "triage", Request = request });
    }
}
