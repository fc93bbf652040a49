using System.Diagnostics;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.WebSockets;

[Parallelizable(ParallelScope.All)]
public sealed class WebSocketProtocolTests : WebSocketFixtureBase
{
    private const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl";

    [Test]
    public async Task ExpectRejection_Handshake403_ReturnsHandshakeRefused()
    {
        var rejection = await NetraWebSocketClient.ConnectExpectingRejectionAsync(Endpoint("reject403", NewKey()),
            WebSocketConnectOptions.Anonymous, NewLog(), CancellationToken.None);

        rejection.Should().Be(new WebSocketRejection(RejectionKind.HandshakeRefused, 403, null, null, null));
    }

    [Test]
    public async Task ExpectRejection_ErrorFrameThenClose1008_ReturnsClosedAfterAccept()
    {
        var rejection = await NetraWebSocketClient.ConnectExpectingRejectionAsync(Endpoint("error-close", NewKey()),
            WebSocketConnectOptions.Anonymous, NewLog(), CancellationToken.None);

        rejection.Kind.Should().Be(RejectionKind.ClosedAfterAccept);
        rejection.CloseStatus.Should().Be(1008);
        rejection.ErrorCode.Should().Be("VALIDATION_FAILED");
        rejection.ToString().Should().Be("accepted, then error_message VALIDATION_FAILED and close 1008");
    }

    [Test]
    public async Task ExpectRejection_ServerWelcomes_FailsNamingWhatArrived()
    {
        var failure = await FluentActions.Awaiting(() => NetraWebSocketClient.ConnectExpectingRejectionAsync(
                Endpoint("welcome", NewKey()), WebSocketConnectOptions.WithToken(BadTokenFactory.Garbage()), NewLog(),
                    CancellationToken.None))
            .Should().ThrowAsync<AssertionException>();

        failure.Which.Message.Should().StartWith("Expected the WebSocket to be refused")
            .And.Contain("instead the server accepted the connection and sent system_message")
            .And.Contain("#0 +");
    }

    [Test]
    public async Task ExpectRejection_ServerStalls_FailsWithinConnectDeadlinePlusSlack()
    {
        var clock = Stopwatch.StartNew();

        var failure = await FluentActions.Awaiting(() => NetraWebSocketClient.ConnectExpectingRejectionAsync(Endpoint("silent", NewKey()),
            WebSocketConnectOptions.Anonymous, NewLog(), CancellationToken.None))
            .Should().ThrowAsync<AssertionException>();

        clock.Elapsed.Should().BeLessThan(ConnectTimeout + CloseTimeout + LoadSlack.Bound);
        failure.Which.Message.Should().Contain("neither refused nor closed within 2 s");
    }

    [Test]
    public async Task WaitForWelcome_ServerSendsErrorAndCloses_ThrowsClosedWithCodeAndErrorFrame()
    {
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("error-close", NewKey()),
            WebSocketConnectOptions.Anonymous, NewLog(), CancellationToken.None);

        var failure = await FluentActions.Awaiting(() => client.WaitForWelcomeAsync(CancellationToken.None)).Should()
            .ThrowAsync<WebSocketClosedException>();

        failure.Which.Close.Should().Be(new WebSocketCloseInfo(1008, "Authentication failed"));
        failure.Which.ErrorFrame!.Json.Str("error_code").Should().Be("VALIDATION_FAILED");
        failure.Which.Message.Should()
            .StartWith("Expected the welcome frame (system_message / connection_established), but the server closed the WebSocket with " +
                "1008 'Authentication failed'.");
        (await client.WaitForCloseAsync(TimeSpan.FromSeconds(1), CancellationToken.None)).Status.Should().Be(1008);
        await FluentActions.Awaiting(() => client.SendJsonAsync(new { type = "ping" },
            CancellationToken.None)).Should().ThrowAsync<WebSocketClosedException>();
    }

    [TestCase(TokenPlacement.AuthorizationHeader)]
    [TestCase(TokenPlacement.Subprotocol)]
    [TestCase(TokenPlacement.Query)]
    [TestCase(TokenPlacement.None)]
    public async Task Connect_TokenPlacement_TokenArrivesOnlyWhereAsked(TokenPlacement placement)
    {
        var key = NewKey();
        var options = WebSocketConnectOptions.WithToken(Token, placement) with
        {
            Headers = new Dictionary<string, string> { ["X-Test-Type"] = "E2E", ["X-E2E-Test"] = "true" },
        };

        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("welcome", key), options, NewLog(),
            CancellationToken.None);

        var seen = Server.State.Requests[key];
        seen.Headers.Should().Contain("X-Test-Type", "E2E").And.Contain("X-E2E-Test", "true");
        seen.Headers.GetValueOrDefault("Authorization").Should()
            .Be(placement == TokenPlacement.AuthorizationHeader ? $"Bearer {Token}" : null);
        seen.Headers.GetValueOrDefault("Sec-WebSocket-Protocol").Should()
            .Be(placement == TokenPlacement.Subprotocol ? $"jwt-auth, {AuthHeaders.TokenSubprotocol(Token)}" : null);
        seen.RawTarget.Contains($"token={Token}", StringComparison.Ordinal).Should().Be(placement == TokenPlacement.Query);
        client.SubProtocol.Should().Be(placement == TokenPlacement.Subprotocol ? "jwt-auth" : null);
    }

    [Test]
    public async Task Send_Messages_EchoedAndWaitFromIndexFindsTheNextOne()
    {
        var log = NewLog();
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("welcome", NewKey()),
            WebSocketConnectOptions.WithToken(Token), log, CancellationToken.None);
        var welcome = await client.WaitForWelcomeAsync(CancellationToken.None);

        await client.SendJsonAsync(new { type = "user_message", payload = new { content = "one" } }, CancellationToken.None);
        await client.SendTextAsync("not json", CancellationToken.None);
        var first = await client.WaitForAsync(f => f.Type == "echo", "an echo", CancellationToken.None);
        var second = await client.Frames.WaitForAsync(f => f.Type == "echo", "the next echo", first.Index + 1, TimeSpan.FromSeconds(2),
            CancellationToken.None);

        welcome.Json.Str("data.user_id").Should().Be("user-1");
        first.Json.Str("text").Should().Be("""{"type":"user_message","payload":{"content":"one"}}""");
        second.Json.Str("text").Should().Be("not json");
        client.Frames.ReceivedFrom(first.Index).Should().StartWith(first).And.Contain(second).And.NotContain(welcome);
        client.Frames.ReceivedFrom(client.Frames.Count).Should().BeEmpty();
        (await client.CloseAsync(CancellationToken.None)).Should().Be(new WebSocketCloseInfo(1000, "bye"));
        var session = log.WebSocketSessions.Should().ContainSingle().Subject;
        session.HandshakeStatus.Should().Be(101);
        session.Frames.Where(f => f.Direction == FrameDirection.Sent).Select(f => f.Type).Should().Equal("user_message", null);
        session.CloseStatus.Should().Be(1000);
        log.Render().Should().NotContain(Token).And.Contain("-> +");
    }

    [Test]
    public async Task WaitFor_PredicateThrowsOnALaterFrame_TheWaitFailsWithItAndReceivingGoesOn()
    {
        await using var client = await NetraWebSocketClient.ConnectAsync(Endpoint("welcome", NewKey()),
            WebSocketConnectOptions.WithToken(Token), NewLog(), CancellationToken.None);
        await client.WaitForWelcomeAsync(CancellationToken.None);

        // The echo arrives after the wait began, so the reader offers it to the predicate on its own thread.
        var wait = client.Frames.WaitForAsync(
            f => f.Type == "echo" ? throw new InvalidOperationException("predicate broke on " + f.Index) : false,
            "a frame the predicate cannot judge", client.Frames.Count, TimeSpan.FromSeconds(5), CancellationToken.None);
        await client.SendTextAsync("first", CancellationToken.None);
        var failure = await FluentActions.Awaiting(() => wait).Should().ThrowAsync<InvalidOperationException>();

        await client.SendTextAsync("second", CancellationToken.None);
        var second = await client.Frames.WaitForAsync(f => f.Type == "echo" && f.Json.Str("text") == "second", "the second echo",
            0, TimeSpan.FromSeconds(5), CancellationToken.None);
        var firstEcho = client.Frames.Received.First(f => f.Type == "echo");
        failure.Which.Message.Should().Be($"predicate broke on {firstEcho.Index}");
        second.Index.Should().BeGreaterThan(firstEcho.Index);
    }
}
