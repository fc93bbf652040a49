using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.High;

/// <summary>Tokens signed locally with the deployment's secret (contract 1.2 and 3.2): correct ones are accepted like issued
/// ones, one under another HMAC algorithm is rejected, and a small clock skew on <c>iat</c> is tolerated. Not applicable
/// when the run does not know the target's JWT secret.</summary>
[High]
[WritesData]
public sealed class MintedTokenTests : E2ETest
{
    private static readonly string[] RRoutes = ["/api/threads", "/api/users/profile", "/api/agents/status", "/api/tools"];

    [Test]
    [Verifies("CFG-TOKENS-2")]
    public async Task MintedToken_OnRRoutesAndWebSocket_AcceptedLikeAnIssuedOne()
    {
        RequireSecret();
        var user = await NewUserAsync("minted");
        var minted = Auth.BadTokens.ExpiringIn(TimeSpan.FromMinutes(30), user);

        using (new AssertionScope())
        {
            foreach (var route in RRoutes)
            {
                var issued = await Backend.GetAsync(route, user.AccessToken, Cancellation);
                var local = await Backend.GetAsync(route, minted, Cancellation);
                issued.Should().HaveStatus(200);
                local.Status.Should().Be(issued.Status, "a minted token is answered like the issued one ({0}); target answered {1}",
                    issued.Describe(), local.Describe());
            }
        }

        var socket = await ConnectWelcomedAsync(user with { AccessToken = minted });
        socket.State.Should().Be(System.Net.WebSockets.WebSocketState.Open, "the WebSocket welcomes a minted token");
    }

    [TestCase("HS384")]
    [TestCase("HS512")]
    [Verifies("TOKEN-REJECT-2")]
    public async Task TokenSignedWithTheRightSecretUnderAnotherAlg_RejectedEverywhere(string algorithm)
    {
        RequireSecret();
        var user = await NewUserAsync("alg");
        var token = Auth.BadTokens.SignedWithAlgorithm(algorithm, user);
        var control = Auth.BadTokens.SignedWithAlgorithm("HS256", user);

        var controlAnswer = await Backend.GetAsync("/api/threads", control, Cancellation);
        var rest = await Backend.GetAsync("/api/threads", token, Cancellation);
        var me = await AuthService.GetAsync("/auth/me", token, Cancellation);
        var validate = await AuthService.PostJsonAsync("/auth/validate", new { token }, Cancellation);

        controlAnswer.Should().HaveStatus(200);
        using (new AssertionScope())
        {
            rest.Status.Should().Be(401, "a token with alg {0} is rejected on REST; target answered {1}", algorithm, rest.Describe());
            me.Status.Should().Be(401, "a token with alg {0} is rejected by /auth/me; target answered {1}", algorithm, me.Describe());
            validate.Should().HaveStatus(200);
            validate.Bool("valid").Should().BeFalse("validate refuses alg {0}; target answered {1}", algorithm, validate.Describe());
        }

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(token));
        rejection.Kind.Should().BeOneOf([RejectionKind.HandshakeRefused, RejectionKind.ClosedAfterAccept],
            "refused as {0}", rejection);
    }

    [Test]
    [Verifies("TOKEN-REJECT-9")]
    public async Task TokenIssuedTenSecondsAhead_NotRejectedForThat()
    {
        RequireSecret();
        var user = await NewUserAsync("skew");
        var token = Auth.BadTokens.IssuedAhead(TimeSpan.FromSeconds(10), user);

        var rest = await Backend.GetAsync("/api/threads", token, Cancellation);
        var me = await AuthService.GetAsync("/auth/me", token, Cancellation);
        var validate = await AuthService.PostJsonAsync("/auth/validate", new { token }, Cancellation);

        using (new AssertionScope())
        {
            rest.Status.Should().Be(200, "iat 10 s ahead is a tolerated skew on REST; target answered {0}", rest.Describe());
            me.Status.Should().Be(200, "iat 10 s ahead is a tolerated skew on /auth/me; target answered {0}", me.Describe());
            validate.Bool("valid").Should().BeTrue("iat 10 s ahead is valid; target answered {0}", validate.Describe());
        }

        var socket = await ConnectWelcomedAsync(user with { AccessToken = token });
        socket.State.Should().Be(System.Net.WebSockets.WebSocketState.Open, "the WebSocket welcomes a token 10 s ahead");
    }

    private static void RequireSecret()
    {
        if (Target.JwtSecret.Secret is null)
        {
            NotApplicable("the run does not know the target's JWT secret (JWT_SECRET_KEY), so it cannot sign tokens locally.");
        }
    }
}
