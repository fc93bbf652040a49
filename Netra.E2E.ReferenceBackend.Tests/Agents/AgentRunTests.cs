using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Agents;

[CancelAfter(20_000)]
public sealed class AgentRunTests
{
    [Test]
    public async Task Stream_DataAgent_LifecycleInOrderThenStreamEndThenResponseEnds(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);

        var (status, contentType, blocks) = await SseReader.PostAsync(server, "/api/agents/stream", user.AccessToken,
            new JsonObject { ["agent_type"] = "data", ["message"] = "query the sales data" }, cancellationToken);

        status.Should().Be(HttpStatusCode.OK);
        contentType.Should().Be("text/event-stream");
        blocks[^1].Str("event").Should().Be("stream_end");
        var events = blocks.SkipLast(1).ToList();
        events.Should().OnlyContain(b => b.Str("event") == b.Str("type"));
        events.ShouldBeCompleteLifecycle(user.UserId);
        events.Result()["tool_results"]!["keyword_extractor"]!["keywords"]!.ToJsonString().Should()
            .Be("""["data","query","sales","the"]""");
    }

    [Test]
    public async Task Start_ThenStatus_RunningThenCompletedWithAdvancingActivity(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await ws.ReceiveTypeAsync("system_message", cancellationToken);

        var started = await server.PostAsync("/api/agents/start", user.AccessToken,
            new JsonObject { ["agent_type"] = "triage", ["message"] = "background please",
                ["context"] = new JsonObject { ["think_delay_ms"] = 1000 } }, cancellationToken);
        var id = started.Text("agent_id");
        var first = (await server.GetAsync("/api/agents/status?agent_id=" + id, user.AccessToken, cancellationToken)).Json[0]!;
        await ws.ReceiveTypeAsync("tool_executing", cancellationToken);
        var middle = (await server.GetAsync("/api/agents/status?agent_id=" + id, user.AccessToken, cancellationToken)).Json[0]!;
        var events = await ws.ReceiveRunAsync(null, cancellationToken);
        var last = (await server.GetAsync("/api/agents/status?agent_id=" + id, user.AccessToken, cancellationToken)).Json[0]!;

        started.Json["success"]!.GetValue<bool>().Should().BeTrue();
        started.Text("action").Should().Be("start");
        first.Str("status").Should().Be("running");
        first.Str("agent_type").Should().Be("triage");
        middle.Str("status").Should().Be("running");
        DateTime.Parse(middle.Str("last_activity")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeAfter(DateTime.Parse(first.Str("last_activity")!, System.Globalization.CultureInfo.InvariantCulture));
        events[^1].Type().Should().Be("agent_completed");
        last.Str("status").Should().Be("completed");
    }

    [Test]
    public async Task Cancel_RunningRun_AgentErrorCancelledStatusCancelledThen409(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await ws.ReceiveTypeAsync("system_message", cancellationToken);
        var id = (await server.PostAsync("/api/agents/start", user.AccessToken,
            new JsonObject { ["agent_type"] = "data", ["message"] = "cancel me",
                ["context"] = new JsonObject { ["think_delay_ms"] = 2000 } }, cancellationToken)).Text("agent_id");
        await ws.ReceiveTypeAsync("agent_started", cancellationToken);

        var cancel = await server.PostAsync("/api/agents/cancel", user.AccessToken, new JsonObject { ["agent_id"] = id },
            cancellationToken);
        var events = await ws.ReceiveRunAsync(null, cancellationToken);
        var status = (await server.GetAsync("/api/agents/status?agent_id=" + id, user.AccessToken, cancellationToken)).Json[0]!;
        var again = await server.PostAsync("/api/agents/cancel", user.AccessToken, new JsonObject { ["agent_id"] = id }, cancellationToken);

        cancel.Status.Should().Be(HttpStatusCode.OK, cancel.ToString());
        cancel.Text("action").Should().Be("cancel");
        events[^1].Type().Should().Be("agent_error");
        events[^1].Payload().Str("error_code").Should().Be("CANCELLED");
        events.Should().ContainSingle(e => e.Type() == "agent_error" || e.Type() == "agent_completed");
        status.Str("status").Should().Be("cancelled");
        again.Status.Should().Be(HttpStatusCode.Conflict, again.ToString());
    }

    [Test]
    public async Task Cancel_UnknownOrOtherUsersRun_404(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var owner = await server.NewUserAsync(cancellationToken);
        var other = await server.NewUserAsync(cancellationToken);
        var id = (await server.PostAsync("/api/agents/start", owner.AccessToken, new JsonObject { ["agent_type"] = "triage",
            ["message"] = "mine" }, cancellationToken)).Text("agent_id");

        (await server.PostAsync("/api/agents/cancel", other.AccessToken, new JsonObject { ["agent_id"] = id },
            cancellationToken)).Status.Should().Be(HttpStatusCode.NotFound);
        (await server.PostAsync("/api/agents/cancel", owner.AccessToken, new JsonObject { ["agent_id"] = "run_unknown" },
            cancellationToken)).Status.Should().Be(HttpStatusCode.NotFound);
        (await server.GetAsync("/api/agents/status", other.AccessToken, cancellationToken)).Json.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Execute_ThinkDelay_ExecutionTimeMatchesWallTime(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var token = (await server.NewUserAsync(cancellationToken)).AccessToken;
        var clock = Stopwatch.StartNew();

        var response = await server.PostAsync("/api/agents/execute", token,
            new JsonObject { ["type"] = "triage", ["message"] = "timed", ["context"] = new JsonObject { ["think_delay_ms"] = 100 } },
                cancellationToken);

        var wall = clock.Elapsed.TotalSeconds;
        var reported = response.Json["execution_time"]!.GetValue<double>();
        // A timer may fire a little early (a 100 ms delay was seen to take 99.6 ms): allow 15 ms per gap, still far above no pacing.
        reported.Should().BeGreaterThanOrEqualTo(4 * (0.100 - 0.015), "4 paced gaps of 100 ms precede the measurement; got {0}", response);
        reported.Should().BeLessThanOrEqualTo(wall);
    }
}
