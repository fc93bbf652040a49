using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.WebSockets;

[CancelAfter(20_000)]
public sealed class WebSocketAuthTests
{
    private static Task<TestServer> CloseStyleAsync() =>
        TestServers.GetAsync("ws-close-style", o => o with { WsAuthFailure = WsAuthFailureStyle.Close });

    [Test]
    public async Task WebSocket_ValidTokenInHeader_WelcomeCarriesTokenSubject(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);

        var welcome = await ws.ReceiveTypeAsync("system_message", cancellationToken);

        var data = welcome["data"]!;
        data.Str("event").Should().Be("connection_established");
        data.Str("user_id").Should().Be(user.UserId);
        data.Str("connection_id").Should().NotBeNullOrEmpty();
        data.Str("server_time").Should().NotBeNullOrEmpty();
        data["connection_ready"]!.GetValue<bool>().Should().BeTrue();
        data["config"]!["heartbeat_interval"]!.GetValue<double>().Should().Be(25);
        data["config"]!["max_message_size"]!.GetValue<int>().Should().Be(8192);
        welcome.Str("timestamp").Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task WebSocket_TokenInSubprotocol_IsAcceptedAndJwtAuthSelected(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, null, cancellationToken, options =>
        {
            options.AddSubProtocol("jwt-auth");
            options.AddSubProtocol("jwt." + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(user.AccessToken)));
        });

        ws.Socket.SubProtocol.Should().Be("jwt-auth");
        (await ws.ReceiveTypeAsync("system_message", cancellationToken))["data"]!.Str("user_id").Should().Be(user.UserId);
    }

    [Test]
    public async Task WebSocket_TokenInQuery_IsAccepted(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        var (client, status) = await WsClient.TryConnectAsync(server, null, cancellationToken, query: "?token=" + user.AccessToken);
        await using var ws = client ?? throw new AssertionException($"query-token handshake refused with {status}");

        (await ws.ReceiveTypeAsync("system_message", cancellationToken))["data"]!.Str("user_id").Should().Be(user.UserId);
    }

    [TestCase("none")]
    [TestCase("garbage")]
    [TestCase("expired")]
    [TestCase("wrong-signature")]
    [TestCase("alg-none")]
    [TestCase("garbage-with-test-headers")]
    public async Task WebSocket_BadTokenHandshakeStyle_RefusedWith403(string kind, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        var (client, status) = await WsClient.TryConnectAsync(server, BadToken(kind), cancellationToken, TestHeaders(kind));

        await using var _ = client;
        client.Should().BeNull("a {0} token must not open a socket", kind);
        status.Should().Be(HttpStatusCode.Forbidden);
    }

    [TestCase("none", "NO_TOKEN")]
    [TestCase("garbage", "INVALID_FORMAT")]
    [TestCase("expired", "VALIDATION_FAILED")]
    [TestCase("wrong-signature", "VALIDATION_FAILED")]
    [TestCase("garbage-with-test-headers", "INVALID_FORMAT")]
    public async Task WebSocket_BadTokenCloseStyle_ErrorFrameThenClose1008(string kind, string code, CancellationToken cancellationToken)
    {
        var server = await CloseStyleAsync();
        await using var ws = await WsClient.ConnectAsync(server, BadToken(kind), cancellationToken, TestHeaders(kind));

        var frame = await ws.ReceiveAsync(cancellationToken);
        var after = await ws.ReceiveAsync(cancellationToken);

        frame.Should().NotBeNull();
        frame!.Type().Should().Be("error_message");
        frame!.Str("error_code").Should().Be(code);
        frame!.Str("error_message").Should().NotBeNullOrEmpty();
        after.Should().BeNull("the server closes after the error frame; saw {0}", ws.Describe());
        ws.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
    }

    [Test]
    public async Task WebSocket_AfterLogout_TokenIsRejected(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        (await server.AuthPostAsync("/auth/logout", null, cancellationToken, user.AccessToken)).Status.Should().Be(HttpStatusCode.OK);

        var (client, status) = await WsClient.TryConnectAsync(server, user.AccessToken, cancellationToken);

        await using var _ = client;
        status.Should().Be(HttpStatusCode.Forbidden);
    }

    internal static string? BadToken(string kind) => kind switch
    {
        "none" => null,
        "expired" => TestTokens.Expired("ws-user"),
        "wrong-signature" => TestTokens.WrongSignature("ws-user"),
        "alg-none" => TestTokens.Unsigned("ws-user"),
        _ => "garbage-token",
    };

    internal static Action<ClientWebSocketOptions>? TestHeaders(string kind) => kind.EndsWith("test-headers", StringComparison.Ordinal)
        ? options =>
        {
            options.SetRequestHeader("X-Test-Type", "E2E");
            options.SetRequestHeader("X-E2E-Test", "true");
        }
        : null;
}
