using System.Text.Json;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class AgentStatusTests : E2ETest
{
    private static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(10);

    [Test]
    [Legacy("009")]
    [Verifies("REST-START-1", "REST-START-2", "REST-STATUS-1", "REST-STATUS-3", "REST-STATUS-4", "HTTP-TIME-1", "HTTP-TIME-2")]
    public async Task AgentStatus_StartedRun_IsRunningThenCompleted()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);

        // think_delay_ms spaces the reference backend's events so the run is still going when status is read.
        var start = await Backend.PostJsonAsync(
            "/api/agents/start",
            new { agent_type = ContractAgents.Optimization, message = "Price a weekly summary of our support inbox", context = new { think_delay_ms = 300 } },
            user.AccessToken, Cancellation);
        start.Should().HaveStatus(200).And.HaveJsonString("action", "start");
        start.Bool("success").Should().BeTrue("POST /api/agents/start must report success; it answered {0}", start.Describe());
        var agentId = start.RequireStr("agent_id");

        var running = await StatusOfAsync(user.AccessToken, agentId);
        running.Str("status").Should().Be("running", "right after start the run must be running; entry was {0}", running?.GetRawText());
        running.Str("agent_type").Should().Be(ContractAgents.Optimization, "the status must name the run's agent type; entry was {0}", running?.GetRawText());
        running.Time("start_time").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the status carries start_time, a timestamp near the client's clock; entry was {0}", running?.GetRawText());
        running.Time("last_activity").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the status carries last_activity, a timestamp near the client's clock; entry was {0}", running?.GetRawText());

        var terminal = await socket.Frames.WaitForAsync(
            AgentEventPredicates.IsTerminalOfRun(agentId), $"the terminal event of run {agentId} on the user's WebSocket", 0, RunDeadline, Cancellation);
        terminal.Type.Should().Be("agent_completed", "the started run must complete; it ended with {0}", terminal.Text);

        var completed = await StatusOfAsync(user.AccessToken, agentId);
        completed.Str("status").Should().Be("completed", "after agent_completed the run's status must be completed; entry was {0}", completed?.GetRawText());
    }

    private async Task<JsonElement?> StatusOfAsync(string token, string agentId)
    {
        var response = await Backend.GetAsync("/api/agents/status?agent_id=" + Uri.EscapeDataString(agentId), token, Cancellation);
        response.Should().HaveStatus(200);
        (response.Json?.ValueKind).Should().Be(JsonValueKind.Array, "GET /api/agents/status must answer a list; got {0}", response.Describe());
        var entries = response.Json!.Value.EnumerateArray().Where(e => ((JsonElement?)e).Str("agent_id") == agentId).ToList();
        entries.Should().ContainSingle("the caller's run {0} must appear once in its status list; got {1}", agentId, response.Describe());
        return entries[0];
    }
}
