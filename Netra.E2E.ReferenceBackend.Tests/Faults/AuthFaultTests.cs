using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(20_000)]
public sealed class AuthFaultTests
{
    private static JsonObject Credentials(string email, string password) => new() { ["email"] = email, ["password"] = password };

    private static string NewEmail() => "f" + Guid.NewGuid().ToString("N")[..12] + "@netra.test";

    [Test]
    [ChecksFault("register-accepts-short-password")]
    public async Task RegisterAcceptsShortPassword_SevenCharacters_Registered(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("register-accepts-short-password");

        (await server.AuthPostAsync("/auth/register", Credentials(NewEmail(), "short12"),
            cancellationToken)).Status.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    [ChecksFault("register-accepts-malformed-email")]
    public async Task RegisterAcceptsMalformedEmail_NoAt_Registered(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("register-accepts-malformed-email");

        (await server.AuthPostAsync("/auth/register", Credentials("no-at-sign" + Guid.NewGuid().ToString("N"), "long-enough-1"),
            cancellationToken))
            .Status.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    [ChecksFault("register-duplicate-200")]
    public async Task RegisterDuplicate200_SameEmailTwice_SecondAnswered200(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("register-duplicate-200");
        var email = NewEmail();
        await server.AuthPostAsync("/auth/register", Credentials(email, "long-enough-1"), cancellationToken);

        (await server.AuthPostAsync("/auth/register", Credentials(email, "other-password"),
            cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [ChecksFault("login-unknown-email-404")]
    public async Task LoginUnknownEmail404_UnregisteredEmail_404(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("login-unknown-email-404");

        (await server.AuthPostAsync("/auth/login", Credentials(NewEmail(), "long-enough-1"),
            cancellationToken)).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    [ChecksFault("bypass-accepts-wrong-key")]
    public async Task BypassAcceptsWrongKey_WrongKey_IssuesAPair(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("bypass-accepts-wrong-key");

        var response = await server.SendAsync(HttpMethod.Post, server.Auth("/auth/e2e/test-auth"), null, new JsonObject(),
            cancellationToken,
            r => r.Headers.Add("X-E2E-Bypass-Key", "not-the-key"));

        response.Status.Should().Be(HttpStatusCode.OK, response.ToString());
    }

    [Test]
    [ChecksFault("validate-accepts-expired")]
    public async Task ValidateAcceptsExpired_ExpiredToken_ValidTrue(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("validate-accepts-expired");

        var response = await server.AuthPostAsync("/auth/validate", new JsonObject { ["token"] = TestTokens.Expired("old") },
            cancellationToken);

        response.Json["valid"]!.GetValue<bool>().Should().BeTrue(response.ToString());
    }

    [Test]
    [ChecksFault("validate-garbage-401")]
    public async Task ValidateGarbage401_NotAJwt_401(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("validate-garbage-401");

        (await server.AuthPostAsync("/auth/validate", new JsonObject { ["token"] = "garbage" },
            cancellationToken)).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    [ChecksFault("me-no-token-403")]
    public async Task MeNoToken403_WithoutToken_403(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("me-no-token-403");

        (await server.SendAsync(HttpMethod.Get, server.Auth("/auth/me"), null, null,
            cancellationToken)).Status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    [ChecksFault("refresh-accepts-access-token")]
    public async Task RefreshAcceptsAccessToken_AccessToken_NewPair(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("refresh-accepts-access-token");
        var user = await server.NewUserAsync(cancellationToken);

        (await server.AuthPostAsync("/auth/refresh", new JsonObject { ["refresh_token"] = user.AccessToken }, cancellationToken))
            .Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [ChecksFault("oauth-state-reused")]
    public async Task OAuthStateReused_TwoLogins_SameLocation(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("oauth-state-reused");

        var first = await server.SendAsync(HttpMethod.Get, server.Auth("/auth/login?provider=google"), null, null, cancellationToken);
        var second = await server.SendAsync(HttpMethod.Get, server.Auth("/auth/login?provider=google"), null, null, cancellationToken);

        first.Header("Location").Should().NotBeNull().And.Be(second.Header("Location"));
    }
}
