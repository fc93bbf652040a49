using System.Diagnostics;
using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.WebSockets;

[Parallelizable(ParallelScope.All)]
public sealed class WebSocketMisbehaviourTests : WebSocketFixtureBase
{
    [Test]
    public async Task Connect_Handshake403_ThrowsRejectionWithStatusAndHeaders()
    {
        var log = NewLog();

        var failure = await FluentActions.Awaiting(() => NetraWebSocketClient.ConnectAsync(Endpoint("reject403", NewKey()),
            WebSocketConnectOptions.Anonymous, log, CancellationToken.None))
            .Should().ThrowAsync<WebSocketHandshakeRejectedException>();

        failure.Which.Status.Should().Be(403);
        failure.Which.Headers.Should().Contain("X-Reason", "forbidden by loopback");
        failure.Which.Message.Should().Contain("refused with HTTP 403");
        log.WebSocketSessions.Should().ContainSingle().Which.HandshakeStatus.Should().Be(403);
    }

    [Test]
    public async Task Connect_ClosedPort_FailsFastNamingTheCause()
    {
        var endpoint = new WebSocketEndpoint(new Uri(ClosedPort.Url("ws"), "/ws")) { ConnectTimeout = ConnectTimeout };
        var clock = Stopwatch.StartNew();

        var failure = await FluentActions.Awaiting(() => NetraWebSocketClient.ConnectAsync(endpoint, WebSocketConnectOptions.Anonymous,
            NewLog(), CancellationToken.None))
            .Should().ThrowAsync<WebSocketConnectException>();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1) + LoadSlack.Bound);
        failure.Which.Message.Should().StartWith("WebSocket connect to ws://127.0.0.1:").And.Contain("Connection refused");
    }

    [Test]
    public async Task Connect_ServerNeverAnswersHandshake_FailsWithinConnectDeadlinePlusSlack()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var endpoint = new WebSocketEndpoint(new Uri($"ws://127.0.0.1:{port}/ws")) { ConnectTimeout = TimeSpan.FromSeconds(1) };
        var log = NewLog();
        var clock = Stopwatch.StartNew();

        var failure = await FluentActions.Awaiting(() => NetraWebSocketClient.ConnectAsync(endpoint, WebSocketConnectOptions.Anonymous, log,
            CancellationToken.None))
            .Should().ThrowAsync<WebSocketConnectException>();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1) + LoadSlack.Bound);
        failure.Which.Message.Should().EndWith("failed: no handshake answer within 1 s.");
        log.WebSocketSessions.Should().ContainSingle().Which.EndReason.Should().Be("connect failed: no handshake answer within 1 s");
    }

    [Test]
    public async Task WaitFor_SilentServer_FailsWithinDeadlinePlusSlackListingFrames()
    {
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("silent", NewKey()), WebSocketConnectOptions.Anonymous,
            NewLog(), CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var failure = await FluentActions.Awaiting(() => client.Frames.WaitForAsync(f => f.Type == "system_message", "the welcome", 0,
            TimeSpan.FromSeconds(1), CancellationToken.None))
            .Should().ThrowAsync<FrameWaitException>();

        // The deadline is 1 s; 50 ms of slack below covers a timer that fires a tick (1 to 16 ms) early.
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)).And.BeLessThan(TimeSpan.FromSeconds(1)
            + LoadSlack.Bound);
        failure.Which.Message.Should().StartWith("Waited for the welcome: nothing matching arrived within ")
            .And.EndWith(" s (deadline). No frames were received.");
    }

    [Test]
    public async Task WaitForWelcome_TestTokenFiresOnSilentServer_FailsWithinDeadlinePlusSlack()
    {
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("silent", NewKey()), WebSocketConnectOptions.Anonymous,
            NewLog(), CancellationToken.None);
        using var test = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        await FluentActions.Awaiting(() => client.WaitForWelcomeAsync(test.Token)).Should().ThrowAsync<FrameWaitException>()
            .WithMessage("Waited for the welcome frame*");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1) + LoadSlack.Bound);
    }

    [Test]
    public async Task CloseAndDispose_ServerNeverAnswersClose_BoundedByCloseDeadline()
    {
        var client = await NetraWebSocketClient.ConnectAsync(Endpoint("no-close-answer", NewKey()), WebSocketConnectOptions.Anonymous,
            NewLog(), CancellationToken.None);
        await client.WaitForWelcomeAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var close = await client.CloseAsync(CancellationToken.None);
        var closeTime = clock.Elapsed;
        await client.DisposeAsync();

        close.Should().BeNull();
        closeTime.Should().BeLessThan(CloseTimeout + LoadSlack.Bound);
        clock.Elapsed.Should().BeLessThan(CloseTimeout + LoadSlack.Bound);
        client.Frames.EndReason.Should().Be("the server did not complete the close handshake within 1 s; the connection was aborted");
    }

    [Test]
    public async Task Dispose_ServerSilent_NeverHangs()
    {
        var client = await NetraWebSocketClient.ConnectAsync(Endpoint("silent", NewKey()), WebSocketConnectOptions.Anonymous, NewLog(),
            CancellationToken.None);
        var clock = Stopwatch.StartNew();

        await client.DisposeAsync();

        clock.Elapsed.Should().BeLessThan(CloseTimeout + LoadSlack.Bound);
    }

    [Test]
    public async Task Receive_FragmentedMessages_AssembledWhole()
    {
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("fragmented", NewKey()),
            WebSocketConnectOptions.Anonymous, NewLog(), CancellationToken.None);

        var thinking = await client.Frames.WaitForTypeAsync("agent_thinking", CancellationToken.None);
        var big = await client.Frames.WaitForTypeAsync("big", CancellationToken.None);

        thinking.Index.Should().Be(0);
        thinking.Json.Str("payload.reasoning").Should().Be("step");
        big.Json.Str("text").Should().HaveLength(200_000);
    }

    [Test]
    public async Task Receive_MessageOverCap_AbortsWithReason()
    {
        var options = WebSocketConnectOptions.Anonymous with { MaxMessageBytes = 100_000 };
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("fragmented", NewKey()), options, NewLog(),
            CancellationToken.None);

        var failure = await FluentActions.Awaiting(() => client.Frames.WaitForTypeAsync("big",
            CancellationToken.None)).Should().ThrowAsync<FrameWaitException>();

        failure.Which.Message.Should().Contain("a message exceeded 100000 bytes; the connection was aborted").And.Contain("#0 +");
    }

    [Test]
    public async Task ServerPing_AnsweredWithPongAutomatically()
    {
        var key = NewKey();
        var log = NewLog();
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("ping", key), WebSocketConnectOptions.Anonymous, log,
            CancellationToken.None);

        var received = await Server.State.FirstMessageFrom(key).Task.WaitAsync(TimeSpan.FromSeconds(3));

        received.Should().Be("""{"type":"pong"}""");
        await client.WaitForWelcomeAsync(CancellationToken.None);
        log.WebSocketSessions[0].Frames.Should().Contain(f => f.Direction == FrameDirection.Sent && f.Type == "pong"
            && f.Note == "auto pong");
    }
}
