using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Agents;

[CancelAfter(20_000)]
public sealed class AgentApiTests
{
    [Test]
    public async Task Discovery_PublicEndpoints_DescribeTheServerItself(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var backend = server.Server.BackendUrl.GetLeftPart(UriPartial.Authority);

        var services = await server.GetAsync("/api/discovery/services", null, cancellationToken);
        var mcpServers = await server.GetAsync("/api/mcp/servers", null, cancellationToken);
        var mcpConfig = await server.GetAsync("/api/mcp/config", null, cancellationToken);
        var stream = await server.GetAsync("/api/agents/stream", null, cancellationToken);
        var health = await server.GetAsync("/api/health", null, cancellationToken);

        services.Json["services"]!["backend"]!.Str("url").Should().Be(backend);
        services.Json["services"]!["backend"]!.Str("ws_url").Should().Be(server.Server.WebSocketUrl.ToString());
        services.Json["services"]!["auth"]!.Str("url").Should().Be(server.Server.AuthUrl.GetLeftPart(UriPartial.Authority));
        mcpServers.Json["data"]!.AsArray().Should().NotBeEmpty();
        mcpServers.Json["data"]![0]!["capabilities"]!["tools"].Should().NotBeNull();
        mcpConfig.Json["mcp"]!["servers"]!["netra"]!.Str("endpoint").Should().Be(backend + "/api/mcp");
        mcpConfig.Json["http"]!.Str("endpoint").Should().Be(backend + "/api/mcp");
        stream.Json["supported_agents"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Equal("triage", "data", "optimization");
        health.Json["checks"]!.AsObject().Should().NotBeEmpty();
    }

    [Test]
    public async Task Tools_ListAndExecute_ExactResults404And422(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var token = (await server.NewUserAsync(cancellationToken)).AccessToken;
        Task<ApiResponse> Execute(string tool, JsonObject parameters) =>
            server.PostAsync("/api/tools/execute", token, new JsonObject { ["tool_name"] = tool, ["parameters"] = parameters },
                cancellationToken);

        var list = await server.GetAsync("/api/tools", token, cancellationToken);
        var counter = await Execute("token_counter", new() { ["text"] = "Hello world" });
        var keywords = await Execute("keyword_extractor", new() { ["text"] = "beta alpha beta", ["top"] = 1 });
        var cost = await Execute("cost_estimator", new() { ["estimated_tokens"] = 123, ["model"] = "netra-small" });

        list.Json["tools"]!.AsArray().Select(t => t!.Str("name")).Should().BeEquivalentTo("token_counter", "keyword_extractor",
            "cost_estimator");
        counter.Json["result"]!.ToJsonString().Should().Be("""{"characters":11,"words":2,"estimated_tokens":3}""");
        keywords.Json["result"]!["keywords"]!.ToJsonString().Should().Be("""["beta"]""");
        cost.Json["result"]!["cost_usd"]!.GetValue<decimal>().Should().Be(0.0000615m);
        counter.Json["execution_time_ms"]!.GetValue<double>().Should().BeGreaterThanOrEqualTo(0);
        (await Execute("nope", new())).Status.Should().Be(HttpStatusCode.NotFound);
        (await Execute("cost_estimator", new() { ["estimated_tokens"] = 1,
            ["model"] = "gpt" })).Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Execute("token_counter", new() { ["text"] = 5 })).Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [TestCase("/api/agents/execute", "optimization")]
    [TestCase("/api/agents/optimization", null)]
    public async Task Execute_Optimization_ReturnsComputedResponse(string path, string? type, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var token = (await server.NewUserAsync(cancellationToken)).AccessToken;
        const string message = "Cut our budget for GPU hours";
        var body = new JsonObject { ["message"] = message };
        if (type is not null)
        {
            body["type"] = type;
        }

        var response = await server.PostAsync(path, token, body, cancellationToken);

        response.Status.Should().Be(HttpStatusCode.OK, response.ToString());
        response.Text("status").Should().Be("success");
        response.Text("agent").Should().Be("optimization");
        response.Text("run_id").Should().NotBeNullOrEmpty();
        var result = response.Json["response"]!;
        result.Str("summary").Should().Contain(message);
        result["tool_results"]!["token_counter"]!["estimated_tokens"]!.GetValue<int>().Should().Be(7);
        result["tool_results"]!["cost_estimator"]!["cost_usd"]!.GetValue<decimal>().Should().Be(0.0000035m);
        response.Json["execution_time"]!.GetValue<double>().Should().BeGreaterThan(0);
    }

    [TestCase("{\"message\":\"hi\"}")]
    [TestCase("{\"type\":\"finance\",\"message\":\"hi\"}")]
    [TestCase("{\"type\":\"triage\"}")]
    [TestCase("{\"type\":\"triage\",\"message\":\"\"}")]
    [TestCase("{\"type\":\"triage\",\"message\":\"hi\",\"context\":{\"think_delay_ms\":5000}}")]
    public async Task Execute_InvalidRequest_422AndNoRun(string body, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var token = (await server.NewUserAsync(cancellationToken)).AccessToken;

        var response = await server.PostAsync("/api/agents/execute", token, JsonNode.Parse(body), cancellationToken);

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity, response.ToString());
        (await server.GetAsync("/api/agents/status", token, cancellationToken)).Json.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Execute_NoToken_401(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        (await server.PostAsync("/api/agents/execute", null, new JsonObject { ["type"] = "triage", ["message"] = "x" }, cancellationToken))
            .Status.Should().Be(HttpStatusCode.Unauthorized);
    }
}
