using System.Diagnostics;
using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.Http;

[Parallelizable(ParallelScope.All)]
public sealed class EventStreamTests : LoopbackHttpFixture
{
    [Test]
    public async Task StreamEvents_CompleteStream_YieldsEachDataBlockInOrder()
    {
        var log = new EvidenceLog("sse");
        var client = Http.CreateClient(Server.BaseUrl, log);

        await using var stream = await client.StreamEventsAsync("/sse/ok", new { agent_type = "triage", message = "hi" }, "tok",
            CancellationToken.None);
        var events = await stream.WaitForEndAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        stream.Response.Should().HaveStatus(200).And.HaveHeader("Content-Type", "text/event-stream");
        events.Select(e => e.Type).Should().Equal("agent_started", "agent_thinking", "agent_completed", "stream_end");
        events[3].Text.Should().Be("{\"event\":\"stream_end\",\n\"lines\":2}");
        stream.Frames.EndReason.Should().Be("the server ended the event stream");
        log.Exchanges.Should().ContainSingle().Which.ResponseBody.Should().StartWith("[4 events; the server ended the event stream]");
    }

    [Test]
    public async Task StreamEvents_StreamNeverEnds_WaitFailsAtDeadlineListingEvents()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("sse-hang"));
        await using var stream = await client.StreamEventsAsync("/sse/never-ends", new { }, null, CancellationToken.None);
        await stream.Frames.WaitForTypeAsync("agent_completed", CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var failure = await FluentActions.Awaiting(() => stream.WaitForEndAsync(TimeSpan.FromSeconds(1), CancellationToken.None))
            .Should().ThrowAsync<FrameWaitException>();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1) + LoadSlack.Bound);
        failure.Which.Message.Should().MatchRegex(@"^Waited for the end of the stream: nothing matching arrived within 1\.\d+ s")
            .And.Contain("Frames seen (3):").And.Contain("#2 +").And.Contain("agent_completed: {\"event\":\"agent_completed\"}");
    }

    [Test]
    public async Task StreamEvents_TestTokenFires_ReadingStopsAndWaitsFail()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("sse-token"));
        using var test = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await using var stream = await client.StreamEventsAsync("/sse/never-ends", new { }, null, test.Token);
        var clock = Stopwatch.StartNew();

        await FluentActions.Awaiting(() => stream.Frames.WaitForTypeAsync("stream_end",
            test.Token)).Should().ThrowAsync<FrameWaitException>();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1) + LoadSlack.Bound);
    }

    [Test]
    public async Task StreamEvents_ErrorAnswer_ReturnedWithBodyAndNoFrames()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("sse-401"));

        await using var stream = await client.StreamEventsAsync("/sse/unauthorized", new { }, null, CancellationToken.None);

        stream.Response.Should().HaveStatus(401).And.HaveJsonString("detail", "Not authenticated");
        var failure = await FluentActions.Awaiting(() => stream.Frames.WaitForTypeAsync("agent_started",
            CancellationToken.None)).Should().ThrowAsync<FrameWaitException>();
        failure.Which.Message.Should().Contain("the answer was 401 application/json, not an event stream");
    }

    [Test]
    public async Task StreamEvents_ClosedPort_FailsAndRecordsOnceInThePlainCallsWords()
    {
        var log = new EvidenceLog("sse-closed-port");
        var client = Http.CreateClient(ClosedPort.Url("http"), log);

        var failure = await FluentActions.Awaiting(() => client.StreamEventsAsync("/api/agents/stream", new { }, null,
            CancellationToken.None)).Should().ThrowAsync<ApiRequestException>();

        failure.Which.Message.Should().StartWith("POST http://127.0.0.1:")
            .And.Contain("/api/agents/stream: connection failed (refused, reset or unreachable)");
        log.Exchanges.Should().ContainSingle().Which.Error.Should().StartWith("connection failed (refused, reset or unreachable)");
        log.Exchanges[0].Attempts.Should().Be(1);
    }
}
