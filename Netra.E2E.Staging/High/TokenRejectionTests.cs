using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.High;

/// <summary>Token rules of contract 3.2 where they were unchecked: iat ahead on every R route, issuer and type on the WebSocket.</summary>
[High]
[WritesData]
public sealed class TokenRejectionTests : E2ETest
{
    private static readonly string[] RRoutes =
        ["/api/threads", "/api/users/profile", "/api/agents/status", "/api/tools", "/api/chat/messages"];

    [Test]
    [Catches("token-iat-future-accepted")]
    [Verifies("TOKEN-REJECT-5", "REST-AUTH-4", "REST-AUTH-5")]
    public async Task RRoutes_TokenIssuedTenMinutesAhead_Each401()
    {
        var user = await NewUserAsync("iat");
        var token = Auth.BadTokens.IssuedInFuture(user);
        var answers = new List<ApiResponse>();
        foreach (var route in RRoutes)
        {
            answers.Add(await Backend.GetAsync(route, token, Cancellation));
        }

        using (new AssertionScope())
        {
            foreach (var response in answers)
            {
                response.Status.Should().Be(401, "a token issued 10 minutes ahead is rejected on every R route; target answered {0}",
                    response.Describe());
            }
        }
    }

    [Test]
    [Catches("token-iat-future-accepted")]
    [Verifies("WS-AUTH-8")]
    public async Task WebSocket_TokenIssuedTenMinutesAhead_Refused()
    {
        var user = await NewUserAsync("wsiat");

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(Auth.BadTokens.IssuedInFuture(user)));

        rejection.Kind.Should().BeOneOf([RejectionKind.HandshakeRefused, RejectionKind.ClosedAfterAccept], "refused as {0}", rejection);
    }

    [Test]
    [Catches("ws-accepts-wrong-issuer")]
    [Verifies("WS-AUTH-6")]
    public async Task WebSocket_TokenOfAnotherIssuer_Refused()
    {
        var user = await NewUserAsync("wsiss");

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(Auth.BadTokens.WrongIssuer(user)));

        rejection.Kind.Should().BeOneOf([RejectionKind.HandshakeRefused, RejectionKind.ClosedAfterAccept], "refused as {0}", rejection);
    }

    [Test]
    [Catches("ws-accepts-refresh-token")]
    [Verifies("WS-AUTH-7")]
    public async Task WebSocket_ARealRefreshToken_Refused()
    {
        var user = await NewUserWithRefreshTokenAsync("wsrefresh");

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(user.RefreshToken!));

        rejection.Kind.Should().BeOneOf([RejectionKind.HandshakeRefused, RejectionKind.ClosedAfterAccept], "refused as {0}", rejection);
    }

    [Test]
    [Catches("error-echoes-token")]
    [Verifies("HTTP-ERROR-7")]
    public async Task RestRefusal_OfAnExpiredToken_BodyCarriesNoTokenOrSecret()
    {
        var user = await NewUserAsync("echo");
        var token = Auth.BadTokens.Expired(user);

        var response = await Backend.GetAsync("/api/threads", token, Cancellation);

        response.Should().BeContractError(401);
        var signature = token[(token.LastIndexOf('.') + 1)..];
        response.Body.Should().NotContain(signature, "an error body never quotes the token sent; target answered {0}", response.Describe());
        response.Body.Should().NotContain(user.AccessToken, "nor any other token; target answered {0}", response.Describe());
    }
}
