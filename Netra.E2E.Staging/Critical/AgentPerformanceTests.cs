using System.Globalization;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
public sealed class AgentPerformanceTests : E2ETest
{
    private const int HealthCalls = 10;

    [Test]
    [Legacy("011")]
    [Verifies("REST-HEALTH-1")]
    public async Task Health_TenCalls_MedianLatencyWithinSlo()
    {
        var samples = new List<TimeSpan>(HealthCalls);
        for (var i = 0; i < HealthCalls; i++)
        {
            var health = await Backend.GetAsync("/health", Cancellation);
            health.Should().HaveStatus(200).And.HaveJsonString("status", "healthy");
            samples.Add(health.Elapsed);
        }

        // Nearest-rank median: the 5th of the 10 sorted samples.
        var sorted = samples.Order().ToList();
        var p50 = sorted[((HealthCalls + 1) / 2) - 1];
        var report = $"GET /health p50 {Ms(p50)} ms over {HealthCalls} calls (SLO {Ms(Settings.SloHealthP50)} ms); samples ms: " +
            $"{string.Join(", ", samples.Select(Ms))}";
        await TestContext.Out.WriteLineAsync(report);

        p50.Should().BeLessThanOrEqualTo(Settings.SloHealthP50, report);
    }

    [Test]
    [Legacy("011")]
    [Catches("slow-first-event")]
    [WritesData]
    public async Task AgentRun_FirstEvent_ArrivesWithinSlo()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);
        var messageId = "perf-" + Guid.NewGuid().ToString("N");
        var slo = Settings.SloFirstEvent;

        var from = socket.Frames.Received.Count;
        var sentAt = DateTimeOffset.UtcNow;
        await SendUserMessageAsync(socket, "How long until the first event?", new RunOptions { MessageId = messageId });
        var first = await socket.Frames.WaitForAsync(
            f => AgentEventPredicates.IsAgentEvent(f) && new AgentEvent(f).MessageId == messageId,
            $"the first agent event of message {messageId} within the first-event SLO of {Ms(slo)} ms", from, slo, Cancellation);

        var latency = first.ReceivedAt - sentAt;
        var report = $"time to first agent event ({first.Type}) {Ms(latency)} ms (SLO {Ms(slo)} ms)";
        await TestContext.Out.WriteLineAsync(report);

        latency.Should().BeLessThanOrEqualTo(slo, report);
    }

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
