using System.Diagnostics;
using System.Net;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.WebSockets;

[CancelAfter(60_000)]
public sealed class ConcurrencyTests
{
    private static readonly string[] AgentTypes = ["triage", "data", "optimization"];

    [Test]
    public async Task TwoHundredUsers_EachRunsAnAgentConcurrently_AllCompleteIsolatedAndRecorded(CancellationToken cancellationToken)
    {
        const int users = 200;
        var server = await TestServers.GetAsync("load", o => o);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(45));
        var clock = Stopwatch.StartNew();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, users).Select(i => RunOneAsync(server, i, deadline.Token)));

        outcomes.Should().OnlyContain(o => o.Error == null, string.Join("\n",
            outcomes.Where(o => o.Error != null).Take(5).Select(o => o.Error)));
        outcomes.Select(o => o.ThreadId).Distinct().Should().HaveCount(users, "every run got its own thread");
        TestContext.Out.WriteLine($"{users} users connected, ran and verified in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<(string? ThreadId, string? Error)> RunOneAsync(TestServer server, int index,
        CancellationToken cancellationToken)
    {
        var userId = $"load-{index}-{Guid.NewGuid():N}";
        var token = TestTokens.Valid(userId);
        var request = $"request {index}: please look at the cost data";
        try
        {
            await using var ws = await WsClient.ConnectAsync(server, token, cancellationToken);
            var welcome = await ws.ReceiveTypeAsync("system_message", cancellationToken);
            welcome["data"]!.Str("user_id").Should().Be(userId);
            await ws.SendAsync(WsMessages.StartAgent(AgentTypes[index % 3], request, "load-" + index, thinkDelayMs: 20), cancellationToken);
            var events = await ws.ReceiveRunAsync("load-" + index, cancellationToken);

            events.ShouldBeCompleteLifecycle(userId, "load-" + index);
            events.Result().Str("summary").Should().Contain(request);
            ws.Seen.Where(f => f["run_id"] != null).Should().OnlyContain(f => f.Str("user_id") == userId, "no other user's events");
            var threadId = events[0].Str("thread_id")!;
            var messages = await server.GetAsync($"/api/threads/{threadId}/messages", token, cancellationToken);
            messages.Status.Should().Be(HttpStatusCode.OK, messages.ToString());
            messages.Json["total"]!.GetValue<int>().Should().Be(2, "the user's message and the summary were appended");
            return (threadId, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not swallowed: every user's failure is collected and the test fails listing them,
            // where Task.WhenAll would report only the first of 200.
            return (null, $"user {index}: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
