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
public sealed class ThreadSwitchingTests : E2ETest
{
    [Test]
    [Legacy("014")]
    [Verifies("WS-MSG-3", "AGENT-THREAD-1", "AGENT-THREAD-2", "AGENT-THREAD-3", "REST-HISTORY-1", "REST-HISTORY-2", "AGENT-ENVELOPE-1",
        "AGENT-ENVELOPE-2", "AGENT-ENVELOPE-3", "AGENT-ENVELOPE-4", "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2",
        "AGENT-EVENTS-3", "AGENT-EVENTS-4", "AGENT-EVENTS-5", "AGENT-EVENTS-6", "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3",
        "AGENT-ORDER-4", "AGENT-ORDER-5", "AGENT-ORDER-6")]
    public async Task AgentRuns_SwitchingBetweenTwoThreads_LandEachExchangeOnItsOwnThread()
    {
        var user = await NewUserAsync();
        var first = await CreateThreadAsync(user, "First thread");
        var second = await CreateThreadAsync(user, "Second thread");
        var socket = await ConnectWelcomedAsync(user);
        (string Thread, string Request)[] turns =
        [
            (first, "Alpha: how many tokens does this first question about the weather take?"),
            (second, "Beta: prepare a short report on the second thread, please"),
            (first, "Gamma: back on the first thread, what would the budget for this be?"),
        ];

        var expected = new Dictionary<string, List<string>> { [first] = [], [second] = [] };
        foreach (var (threadId, request) in turns)
        {
            var sent = await SendUserMessageAsync(socket, request, new RunOptions { ThreadId = threadId });
            var run = await sent.WaitForEndAsync(Cancellation);
            run.Should().BeAValidRun(
                new AgentRunExpectations(user.UserId) { MessageId = sent.MessageId, ThreadId = threadId, AgentType = ContractAgents.Triage,
                    Request = request },
                "the user_message named thread {0}", threadId);
            var summary = run.Terminal!.Result.Str("summary");
            summary.Should().NotBeNull("agent_completed must carry result.summary; the run was {0}", run);
            expected[threadId].Add($"user: {request}");
            expected[threadId].Add($"assistant: {summary}");
        }

        foreach (var (threadId, exchange) in expected)
        {
            var history = await ThreadHistoryAsync(user, threadId);
            var stored = history.Require().Messages.Select(m => $"{m.Role}: {m.Text}").ToList();
            stored.Should().BeEquivalentTo(
                exchange,
                "thread {0} must hold exactly the user messages sent on it and the assistant's summaries of those runs (from " +
                    "agent_completed), " +
                "and nothing of the other thread; target answered {1}", threadId, history.Response.Describe());
        }
    }
}
