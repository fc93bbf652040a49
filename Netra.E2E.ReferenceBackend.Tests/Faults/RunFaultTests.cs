using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(30_000)]
public sealed class RunFaultTests
{
    private static async Task<List<JsonObject>> StreamAsync(string fault, string agentType, string message,
        CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync(fault);
        var user = await server.NewUserAsync(cancellationToken);
        var (_, _, blocks) = await SseReader.PostAsync(server, "/api/agents/stream", user.AccessToken,
            new JsonObject { ["agent_type"] = agentType, ["message"] = message, ["context"] = new JsonObject { ["think_delay_ms"] = 0 } },
            cancellationToken);
        return [.. blocks.SkipLast(1)];
    }

    private static async Task<JsonNode> ToolAsync(string fault, string tool, JsonObject parameters, CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync(fault);
        var user = await server.NewUserAsync(cancellationToken);
        var response = await server.PostAsync("/api/tools/execute", user.AccessToken,
            new JsonObject { ["tool_name"] = tool, ["parameters"] = parameters }, cancellationToken);
        return response.Json["result"]!;
    }

    private static async Task<JsonNode> ExecuteAsync(string fault, string type, string message, CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync(fault);
        var user = await server.NewUserAsync(cancellationToken);
        return (await server.PostAsync("/api/agents/execute", user.AccessToken,
            new JsonObject { ["type"] = type, ["message"] = message, ["context"] = new JsonObject { ["think_delay_ms"] = 0 } },
                cancellationToken)).Json;
    }

    [Test]
    [ChecksFault("sequence-starts-at-zero")]
    public async Task SequenceStartsAtZero_Stream_FirstSequenceIsZero(CancellationToken cancellationToken) =>
        (await StreamAsync("sequence-starts-at-zero", "triage", "hi", cancellationToken))[0].Long("sequence").Should().Be(0);

    [Test]
    [ChecksFault("event-timestamps-far-future")]
    public async Task EventTimestampsFarFuture_Stream_TimestampHoursAhead(CancellationToken cancellationToken)
    {
        var first = (await StreamAsync("event-timestamps-far-future", "triage", "hi", cancellationToken))[0];

        DateTimeOffset.Parse(first.Str("timestamp")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeAfter(DateTimeOffset.UtcNow.AddHours(2));
    }

    [Test]
    [ChecksFault("events-wrong-agent-name")]
    public async Task EventsWrongAgentName_DataRun_AgentNameIsNotTheType(CancellationToken cancellationToken) =>
        (await StreamAsync("events-wrong-agent-name", "data", "hi",
            cancellationToken)).Should().OnlyContain(e => e.Str("agent_name") == "supervisor");

    [Test]
    [ChecksFault("progress-decreasing")]
    public async Task ProgressDecreasing_Stream_ProgressGoesDown(CancellationToken cancellationToken)
    {
        var events = await StreamAsync("progress-decreasing", "triage", "hi", cancellationToken);

        events.Where(e => e.Type() == "agent_thinking").Select(e => e.Payload().Long("progress_percentage")).Should().Equal(10, 5);
    }

    [Test]
    [ChecksFault("token-counter-counts-runes")]
    public async Task TokenCounterCountsRunes_Emoji_CountedOnce(CancellationToken cancellationToken) =>
        (await ToolAsync("token-counter-counts-runes", "token_counter", new JsonObject { ["text"] = "go 🚀" }, cancellationToken))
            ["characters"]!.GetValue<int>().Should().Be(4);

    [Test]
    [ChecksFault("keyword-ties-unordered")]
    public async Task KeywordTiesUnordered_Ties_KeepTextOrder(CancellationToken cancellationToken)
    {
        var result = await ToolAsync("keyword-ties-unordered", "keyword_extractor", new JsonObject { ["text"] = "zebra apple" },
            cancellationToken);

        result["keywords"]!.AsArray().Select(k => k!.GetValue<string>()).Should().Equal("zebra", "apple");
    }

    [Test]
    [ChecksFault("cost-rate-wrong")]
    public async Task CostRateWrong_NetraLarge_PricedAtATenth(CancellationToken cancellationToken) =>
        (await ToolAsync("cost-rate-wrong", "cost_estimator", new JsonObject { ["estimated_tokens"] = 1000,
            ["model"] = "netra-large" }, cancellationToken))
            ["cost_usd"]!.GetValue<decimal>().Should().Be(0.001m);

    [Test]
    [ChecksFault("summary-too-long")]
    public async Task SummaryTooLong_LongRequest_QuotesMoreThan80(CancellationToken cancellationToken)
    {
        var request = string.Concat(Enumerable.Range(0, 30).Select(i => $"w{i:00} "));

        var run = await ExecuteAsync("summary-too-long", "triage", request, cancellationToken);

        run["response"]!.Str("summary").Should().Contain(request[..81]);
    }

    [Test]
    [ChecksFault("triage-substring-match")]
    public async Task TriageSubstringMatch_Metadata_CategoryData(CancellationToken cancellationToken) =>
        (await ExecuteAsync("triage-substring-match", "triage", "update the metadata please", cancellationToken))["response"]!
            .Str("category").Should().Be("data");

    [Test]
    [ChecksFault("execution-time-in-ms")]
    public async Task ExecutionTimeInMs_Execute_ReportsMilliseconds(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("execution-time-in-ms");
        var user = await server.NewUserAsync(cancellationToken);

        var run = await server.PostAsync("/api/agents/execute", user.AccessToken,
            new JsonObject { ["type"] = "triage", ["message"] = "hi", ["context"] = new JsonObject { ["think_delay_ms"] = 100 } },
                cancellationToken);

        run.Json["execution_time"]!.GetValue<double>().Should().BeGreaterThan(50, run.ToString());
    }
}
