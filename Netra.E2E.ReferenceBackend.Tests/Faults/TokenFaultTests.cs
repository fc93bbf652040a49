using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(20_000)]
public sealed class TokenFaultTests
{
    [Test]
    [ChecksFault("token-iat-future-accepted")]
    public async Task TokenIatFutureAccepted_IatTenMinutesAhead_200OnRest(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("token-iat-future-accepted");
        var token = TestTokens.Sign(TestTokens.Claims("future", issuedAt: DateTimeOffset.UtcNow.AddMinutes(10)));

        (await server.GetAsync("/api/threads", token, cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [ChecksFault("ws-accepts-wrong-issuer")]
    public async Task WsAcceptsWrongIssuer_ImpostorIssuer_WelcomedButRefusedOnRest(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("ws-accepts-wrong-issuer");
        var token = TestTokens.WithClaim("impostor", "iss", "someone-else");

        await using var ws = await WsClient.ConnectAsync(server, token, cancellationToken);

        (await ws.ReceiveTypeAsync("system_message", cancellationToken))["data"]!.Str("user_id").Should().Be("impostor");
        (await server.GetAsync("/api/threads", token, cancellationToken)).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    [ChecksFault("ws-accepts-refresh-token")]
    public async Task WsAcceptsRefreshToken_RefreshToken_Welcomed(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("ws-accepts-refresh-token");
        var user = await server.NewUserAsync(cancellationToken);

        await using var ws = await WsClient.ConnectAsync(server, user.RefreshToken, cancellationToken);

        (await ws.ReceiveTypeAsync("system_message", cancellationToken))["data"]!.Str("user_id").Should().Be(user.UserId);
    }

    [Test]
    [ChecksFault("error-echoes-token")]
    public async Task ErrorEchoesToken_ExpiredToken_401BodyQuotesIt(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("error-echoes-token");
        var token = TestTokens.Expired("echo");

        var response = await server.GetAsync("/api/threads", token, cancellationToken);

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        response.Body.Should().Contain(token);
    }
}
