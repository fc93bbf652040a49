using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class WebSocketAuthenticationTests : E2ETest
{
    [TestCase(TokenPlacement.AuthorizationHeader)]
    [TestCase(TokenPlacement.Subprotocol)]
    [TestCase(TokenPlacement.Query)]
    [Legacy("002")]
    [Verifies("WS-TOKEN-1", "WS-TOKEN-2", "WS-TOKEN-3", "WS-TOKEN-5", "WS-WELCOME-3")]
    public async Task WebSocket_ValidTokenInEachPlacement_IsWelcomedAsTokenSubject(TokenPlacement placement)
    {
        var user = await NewUserAsync();

        var socket = await ConnectAsync(user, placement);
        var welcome = await socket.WaitForWelcomeAsync(Cancellation);

        welcome.Json.Str("data.user_id").Should().Be(
            user.UserId, "a valid token sent via {0} must authenticate its sub; welcome was {1}", placement, welcome.Text);
        if (placement == TokenPlacement.Subprotocol)
        {
            socket.SubProtocol.Should().Be("jwt-auth", "the server must select the offered jwt-auth subprotocol (contract 5)");
        }
    }

    [Test]
    [Legacy("002")]
    [Verifies("WS-AUTH-1", "WS-AUTH-9")]
    public async Task WebSocket_WithoutToken_IsRejected()
    {
        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.Anonymous);

        await ReportAsync("no token", rejection);
    }

    [Test]
    [Legacy("002")]
    [Catches("ws-accept-any-token")]
    [Verifies("WS-AUTH-2", "WS-AUTH-9")]
    public async Task WebSocket_WithGarbageToken_IsRejected()
    {
        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(BadTokenFactory.Garbage()));

        await ReportAsync("garbage token", rejection);
    }

    [Test]
    [Legacy("002")]
    [Catches("ws-accept-any-token")]
    [Verifies("WS-AUTH-3", "WS-AUTH-9")]
    public async Task WebSocket_WithExpiredToken_IsRejected()
    {
        var user = await NewUserAsync();

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(Auth.BadTokens.Expired(user)));

        await ReportAsync("expired token", rejection);
    }

    [Test]
    [Legacy("002")]
    [Catches("ws-accept-any-token")]
    [Verifies("WS-AUTH-4", "WS-AUTH-9")]
    public async Task WebSocket_WithWrongSignatureToken_IsRejected()
    {
        var user = await NewUserAsync();

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(Auth.BadTokens.WrongSignature(user)));

        await ReportAsync("wrong-signature token", rejection);
    }

    [TestCase("X-Test-Type", "E2E")]
    [TestCase("X-E2E-Test", "true")]
    [Legacy("002")]
    [Catches("ws-accept-any-token", "ws-header-bypass")]
    [Verifies("WS-AUTH-2", "WS-AUTH-10")]
    public async Task WebSocket_GarbageTokenWithTestHeader_IsStillRejected(string header, string value)
    {
        var options = WebSocketConnectOptions.WithToken(BadTokenFactory.Garbage()) with
        {
            Headers = new Dictionary<string, string> { [header] = value },
        };

        var rejection = await ConnectExpectingRejectionAsync(options);

        await ReportAsync($"garbage token with {header}: {value}", rejection);
    }

    private static Task ReportAsync(string what, WebSocketRejection rejection) =>
        TestContext.Out.WriteLineAsync($"{what}: {rejection}");
}
