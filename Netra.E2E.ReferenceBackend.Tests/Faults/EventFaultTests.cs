using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(30_000)]
public sealed class EventFaultTests
{
    private static async Task<List<JsonObject>> StreamAsync(string fault, string agentType, CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync(fault);
        var user = await server.NewUserAsync(cancellationToken);
        var (_, _, blocks) = await SseReader.PostAsync(server, "/api/agents/stream", user.AccessToken,
            new JsonObject { ["agent_type"] = agentType, ["message"] = "find the data" }, cancellationToken);
        blocks[^1].Str("event").Should().Be("stream_end");
        return [.. blocks.SkipLast(1)];
    }

    [TestCase("agent_started")]
    [TestCase("agent_thinking")]
    [TestCase("tool_executing")]
    [TestCase("tool_completed")]
    [TestCase("agent_completed")]
    [ChecksFault("drop-agent_started")]
    [ChecksFault("drop-agent_thinking")]
    [ChecksFault("drop-tool_executing")]
    [ChecksFault("drop-tool_completed")]
    [ChecksFault("drop-agent_completed")]
    public async Task DropEvent_Stream_ThatTypeNeverSentOthersAre(string type, CancellationToken cancellationToken)
    {
        var events = await StreamAsync("drop-" + type, "data", cancellationToken);

        var types = events.Select(e => e.Type()).ToList();
        types.Should().NotContain(type);
        types.Distinct().Should().HaveCount(4, "only {0} is dropped; saw {1}", type, string.Join(",", types));
    }

    [Test]
    [ChecksFault("tool-events-reordered")]
    public async Task ToolEventsReordered_Stream_CompletedBeforeItsExecuting(CancellationToken cancellationToken)
    {
        var events = await StreamAsync("tool-events-reordered", "triage", cancellationToken);

        var completed = events.FindIndex(e => e.Type() == "tool_completed");
        var executing = events.FindIndex(e => e.Type() == "tool_executing");
        completed.Should().BeLessThan(executing);
        events[completed].Payload().Str("tool_call_id").Should().Be(events[executing].Payload().Str("tool_call_id"));
    }

    [Test]
    [ChecksFault("duplicate-terminal")]
    public async Task DuplicateTerminal_Stream_AgentCompletedTwice(CancellationToken cancellationToken) =>
        (await StreamAsync("duplicate-terminal", "triage", cancellationToken)).Count(e => e.Type() == "agent_completed").Should().Be(2);

    [Test]
    [ChecksFault("canned-agent")]
    public async Task CannedAgent_ExecuteAndTools_ResultsIgnoreTheRequest(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("canned-agent");
        var token = (await server.NewUserAsync(cancellationToken)).AccessToken;
        const string message = "A request of exactly fifty-one characters, you see.";

        var run = await server.PostAsync("/api/agents/execute", token, new JsonObject { ["type"] = "triage", ["message"] = message },
            cancellationToken);
        var tool = await server.PostAsync("/api/tools/execute", token,
            new JsonObject { ["tool_name"] = "token_counter", ["parameters"] = new JsonObject { ["text"] = "Hello world" } },
                cancellationToken);

        run.Json["response"]!.Str("summary").Should().NotContain(message);
        run.Json["response"]!["tool_results"]!["token_counter"]!["characters"]!.GetValue<int>().Should().NotBe(message.Length);
        tool.Json["result"]!["characters"]!.GetValue<int>().Should().NotBe(11);
    }

    [Test]
    [ChecksFault("slow-first-event")]
    public async Task SlowFirstEvent_Execute_TakesAtLeastTenSeconds(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("slow-first-event");
        var token = (await server.NewUserAsync(cancellationToken)).AccessToken;

        var run = await server.PostAsync("/api/agents/execute", token,
            new JsonObject { ["type"] = "triage", ["message"] = "quick", ["context"] = new JsonObject { ["think_delay_ms"] = 0 } },
                cancellationToken);

        // The fault delays 10 s; 100 ms of slack covers a timer that fires a tick (1 to 16 ms) early.
        run.Json["execution_time"]!.GetValue<double>().Should().BeGreaterThanOrEqualTo(9.9, run.ToString());
    }

    [Test]
    [ChecksFault("stream-no-end")]
    public async Task StreamNoEnd_Stream_NoStreamEndAndResponseNeverEnds(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("stream-no-end");
        var user = await server.NewUserAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Backend("/api/agents/stream"))
        {
            Content = new StringContent("""{"agent_type":"triage","message":"endless"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        using var response = await server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line && !line.Contains("\"agent_completed\"", StringComparison.Ordinal))
        {
            line.Should().NotContain("stream_end");
        }

        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(TimeSpan.FromSeconds(1.5));
        var next = async () =>
        {
            while (await reader.ReadLineAsync(window.Token) is { } rest)
            {
                rest.Should().NotContain("stream_end");
            }
        };

        await next.Should().ThrowAsync<OperationCanceledException>("the response must stay open without stream_end");
    }
}
