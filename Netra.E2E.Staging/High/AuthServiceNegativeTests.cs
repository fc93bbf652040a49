using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

/// <summary>The auth service's own negative paths (contract 3): validate, me, refresh, the bypass endpoint and OAuth state.</summary>
[High]
[WritesData]
public sealed class AuthServiceNegativeTests : E2ETest
{
    private Task<ApiResponse> ValidateAsync(string token) =>
        AuthService.SendAsync(new ApiRequest(HttpMethod.Post, "/auth/validate") { Body = new { token }, AllowRetry = false }, Cancellation);

    [Test]
    [Catches("validate-accepts-expired")]
    [Verifies("AUTH-VALIDATE-5", "AUTH-VALIDATE-1", "AUTH-VALIDATE-2", "AUTH-VALIDATE-3")]
    public async Task Validate_EachKindOfRejectedToken_200ValidFalse()
    {
        var user = await NewUserAsync("validate");
        var good = await ValidateAsync(user.AccessToken);
        good.Should().HaveStatus(200);
        good.Bool("valid").Should().BeTrue("a fresh access token is valid; target answered {0}", good.Describe());
        good.Str("user_id").Should().Be(user.UserId, "user_id is the token's sub; target answered {0}", good.Describe());
        good.Time("expires_at").Should().BeAfter(DateTimeOffset.UtcNow, "expires_at lies ahead; target answered {0}", good.Describe());
        good.Str("email").Should().Be(DecodedToken.Read(user.AccessToken).Email,
            "email is the token's email claim; target answered {0}", good.Describe());
        good.Should().HaveJsonArray("permissions");

        var bad = new Dictionary<string, string>
        {
            ["expired an hour ago"] = Auth.BadTokens.Expired(user),
            ["signed with another key"] = Auth.BadTokens.WrongSignature(user),
            ["with alg none"] = Auth.BadTokens.AlgNone(user),
            ["of another issuer"] = Auth.BadTokens.WrongIssuer(user),
            ["of token_type refresh"] = Auth.BadTokens.RefreshAsAccess(user),
            ["issued 10 minutes ahead"] = Auth.BadTokens.IssuedInFuture(user),
        };
        var answers = new List<(string Kind, ApiResponse Response)>();
        foreach (var (kind, token) in bad)
        {
            answers.Add((kind, await ValidateAsync(token)));
        }

        using (new AssertionScope())
        {
            foreach (var (kind, response) in answers)
            {
                response.Status.Should().Be(200, "validate answers 200 for a token {0}; target answered {1}", kind, response.Describe());
                response.Bool("valid").Should().BeFalse("a token {0} is not valid; target answered {1}", kind, response.Describe());
                response.Str("error").Should().NotBeNullOrEmpty("a refusal names an error; target answered {0}", response.Describe());
            }
        }
    }

    [Test]
    [Catches("validate-garbage-401")]
    [Verifies("AUTH-VALIDATE-4")]
    public async Task Validate_NotAJwt_200ValidFalseWithError()
    {
        var response = await ValidateAsync(BadTokenFactory.Garbage());

        response.Should().HaveStatus(200);
        response.Bool("valid").Should().BeFalse("garbage is not a valid token; target answered {0}", response.Describe());
        response.Str("error").Should().NotBeNullOrEmpty("a refusal names an error; target answered {0}", response.Describe());
    }

    [Test]
    [Catches("me-no-token-403")]
    [Verifies("AUTH-ME-2", "AUTH-ME-3", "AUTH-ME-1")]
    public async Task Me_WithoutOrWithABadToken_Exactly401()
    {
        var user = await NewUserAsync("me");

        var mine = await AuthService.GetAsync("/auth/me", user.AccessToken, Cancellation);
        var none = await AuthService.GetAsync("/auth/me", Cancellation);
        var garbage = await AuthService.GetAsync("/auth/me", BadTokenFactory.Garbage(), Cancellation);
        var expired = await AuthService.GetAsync("/auth/me", Auth.BadTokens.Expired(user), Cancellation);

        mine.Should().HaveStatus(200);
        mine.Str("user_id").Should().Be(user.UserId, "/auth/me names the token's user; target answered {0}", mine.Describe());
        mine.Str("email").Should().BeEquivalentTo(user.Email, "target answered {0}", mine.Describe());
        mine.Str("name").Should().NotBeNullOrWhiteSpace(
            "/auth/me carries the name of the user (this one was created with one); target answered {0}", mine.Describe());
        none.Should().BeContractError(401);
        garbage.Should().BeContractError(401);
        expired.Should().BeContractError(401);
    }

    [Test]
    [Catches("refresh-accepts-access-token")]
    [Verifies("AUTH-REFRESH-6")]
    public async Task Refresh_WithAnAccessToken_401()
    {
        var user = await NewUserAsync("refreshaccess");

        var response = await Auth.SendRefreshAsync(user.AccessToken, Cancellation);

        response.Should().BeContractError(401);
        response.Str("access_token").Should().BeNull("an access token must not buy a new pair; target answered {0}", response.Describe());
    }

    [Test]
    [Catches("bypass-accepts-wrong-key")]
    [Verifies("AUTH-BYPASS-4", "AUTH-BYPASS-5")]
    public async Task Bypass_WithoutOrWithAWrongKey_401()
    {
        var body = new { email = E2EAuthHelper.NewEmail("bypass") };
        var wrongKey = new Dictionary<string, string> { ["X-E2E-Bypass-Key"] = "wrong-" + Guid.NewGuid().ToString("N") };

        var none = await AuthService.SendAsync(new ApiRequest(HttpMethod.Post, "/auth/e2e/test-auth") { Body = body,
            AllowRetry = false }, Cancellation);
        var wrong = await AuthService.SendAsync(
            new ApiRequest(HttpMethod.Post, "/auth/e2e/test-auth") { Body = body, Headers = wrongKey, AllowRetry = false }, Cancellation);

        // The target surely has a bypass key when the run authenticates with one; without one, it may have none, and then
        // 503 ("no key configured", contract 3) is the other correct answer to both requests.
        int[] allowed = Settings.BypassKey is null ? [401, 503] : [401];
        none.Should().BeContractError(allowed);
        wrong.Should().BeContractError(allowed);
        wrong.Str("access_token").Should().BeNull("a wrong key must not yield tokens; target answered {0}", wrong.Describe());
    }

    [Test]
    [Catches("oauth-state-reused")]
    [Verifies("AUTH-OAUTH-5", "AUTH-OAUTH-4")]
    public async Task OAuthLogin_TwoRequests_DifferentState()
    {
        var config = await AuthService.GetAsync("/auth/config", Cancellation);
        config.Should().HaveStatus(200);
        if (config.Bool("oauth_enabled") != true)
        {
            NotApplicable($"OAuth is not configured on this target (/auth/config: {config.Describe()})");
        }

        var states = new List<string?>();
        for (var i = 0; i < 2; i++)
        {
            var login = await AuthService.SendAsync(new ApiRequest(HttpMethod.Get,
                "/auth/login?provider=google") { AllowRetry = false }, Cancellation);
            login.Should().HaveStatus(302);
            var location = new Uri(login.Header("Location") ?? throw new AssertionException($"no Location: {login.Describe()}"));
            states.Add(location.Query.TrimStart('?').Split('&')
                .Where(p => p.StartsWith("state=", StringComparison.Ordinal)).Select(p => Uri.UnescapeDataString(p[6..])).FirstOrDefault());
        }

        states.Should().OnlyContain(s => !string.IsNullOrEmpty(s), "each redirect carries a state; got {0}", string.Join(", ", states));
        states.Should().OnlyHaveUniqueItems("two logins must never share a state; got {0}", string.Join(", ", states));
    }
}
