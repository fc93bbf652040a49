using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Http;

[CancelAfter(20_000)]
public sealed class AuthServiceTests
{
    private static string NewEmail() => "r" + Guid.NewGuid().ToString("N")[..12] + "@netra.test";

    private static JsonObject Credentials(string email, string password = "correct-horse") => new() { ["email"] = email,
        ["password"] = password };

    [Test]
    public async Task Register_NewEmail_201WithTokenPairForThatUser(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var email = NewEmail();

        var response = await server.AuthPostAsync("/auth/register", Credentials(email), cancellationToken);

        response.Status.Should().Be(HttpStatusCode.Created, response.ToString());
        response.Text("token_type").Should().Be("Bearer");
        response.Json["expires_in"]!.GetValue<int>().Should().Be(1800);
        response.Json["user"]!.Str("email").Should().Be(email);
        response.Json["user"]!.Str("id").Should().StartWith("usr_");
        var me = await server.SendAsync(HttpMethod.Get, server.Auth("/auth/me"), response.Text("access_token"), null, cancellationToken);
        me.Json.Str("user_id").Should().Be(response.Json["user"]!.Str("id"));
    }

    [TestCase("{\"password\":\"long-enough\"}")]
    [TestCase("{\"email\":\"x@y.io\"}")]
    [TestCase("{\"email\":\"not-an-email\",\"password\":\"long-enough\"}")]
    [TestCase("{\"email\":\"short@pw.io\",\"password\":\"1234567\"}")]
    public async Task Register_InvalidBody_422WithErrorBody(string body, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        var response = await server.AuthPostAsync("/auth/register", JsonNode.Parse(body), cancellationToken);

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity, response.ToString());
        response.Text("error_code").Should().Be("VALIDATION_ERROR");
    }

    [Test]
    public async Task Register_TakenEmail_409(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var email = NewEmail();
        await server.AuthPostAsync("/auth/register", Credentials(email), cancellationToken);

        (await server.AuthPostAsync("/auth/register", Credentials(email.ToUpperInvariant()),
            cancellationToken)).Status.Should().Be(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Login_RightAndWrongPassword_200Then401(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var email = NewEmail();
        await server.AuthPostAsync("/auth/register", Credentials(email), cancellationToken);

        (await server.AuthPostAsync("/auth/login", Credentials(email), cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
        (await server.AuthPostAsync("/auth/login", Credentials(email, "wrong-password"),
            cancellationToken)).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await server.AuthPostAsync("/auth/login", new JsonObject { ["email"] = email },
            cancellationToken)).Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Login_ElevenFailuresForOneEmail_429WithRetryAfter(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var email = NewEmail();
        var statuses = new List<HttpStatusCode>();
        ApiResponse last = null!;

        for (var i = 0; i < 11; i++)
        {
            last = await server.AuthPostAsync("/auth/login", Credentials(email, "wrong-" + i), cancellationToken);
            statuses.Add(last.Status);
        }

        statuses.Take(10).Should().OnlyContain(s => s == HttpStatusCode.Unauthorized);
        last.Status.Should().Be(HttpStatusCode.TooManyRequests, last.ToString());
        int.Parse(last.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 60);
        last.Text("error_code").Should().Be("RATE_LIMITED");
    }

    [Test]
    public async Task Refresh_RotatesOnceThenOldTokenAndAccessTokenAre401(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);

        var rotated = await server.AuthPostAsync("/auth/refresh", new JsonObject { ["refresh_token"] = user.RefreshToken },
            cancellationToken);
        var reused = await server.AuthPostAsync("/auth/refresh", new JsonObject { ["refresh_token"] = user.RefreshToken },
            cancellationToken);
        var accessAsRefresh = await server.AuthPostAsync("/auth/refresh", new JsonObject { ["refresh_token"] = user.AccessToken },
            cancellationToken);

        rotated.Status.Should().Be(HttpStatusCode.OK, rotated.ToString());
        rotated.Text("refresh_token").Should().NotBe(user.RefreshToken);
        rotated.Json["user"]!.Str("id").Should().Be(user.UserId);
        (await server.GetAsync("/api/threads", rotated.Text("access_token"), cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
        reused.Status.Should().Be(HttpStatusCode.Unauthorized, reused.ToString());
        accessAsRefresh.Status.Should().Be(HttpStatusCode.Unauthorized, accessAsRefresh.ToString());
    }

    [Test]
    public async Task Logout_Token_RejectedOnRestAndValidate(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        var before = await server.AuthPostAsync("/auth/validate", new JsonObject { ["token"] = user.AccessToken }, cancellationToken);

        (await server.AuthPostAsync("/auth/logout", null, cancellationToken, user.AccessToken)).Status.Should().Be(HttpStatusCode.OK);

        before.Json["valid"]!.GetValue<bool>().Should().BeTrue(before.ToString());
        before.Json.Str("user_id").Should().Be(user.UserId);
        (await server.GetAsync("/api/threads", user.AccessToken, cancellationToken)).Status.Should().Be(HttpStatusCode.Unauthorized);
        var after = await server.AuthPostAsync("/auth/validate", new JsonObject { ["token"] = user.AccessToken }, cancellationToken);
        after.Json["valid"]!.GetValue<bool>().Should().BeFalse(after.ToString());
        after.Json.Str("error").Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task TestAuth_Key_WrongMissingOrRight(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var body = new JsonObject { ["email"] = "qa.bot@netra.test" };

        var missing = await server.AuthPostAsync("/auth/e2e/test-auth", body, cancellationToken);
        var wrong = await server.SendAsync(HttpMethod.Post, server.Auth("/auth/e2e/test-auth"), null, body.DeepClone(), cancellationToken,
            r => r.Headers.Add("X-E2E-Bypass-Key", "nope"));
        var right = await server.SendAsync(HttpMethod.Post, server.Auth("/auth/e2e/test-auth"), null, body.DeepClone(), cancellationToken,
            r => r.Headers.Add("X-E2E-Bypass-Key", TestServers.BypassKey));

        missing.Status.Should().Be(HttpStatusCode.Unauthorized);
        wrong.Status.Should().Be(HttpStatusCode.Unauthorized);
        right.Status.Should().Be(HttpStatusCode.OK, right.ToString());
        right.Json["user"]!.Str("id").Should().Be("e2e-qa.bot");
    }

    [TestCase("production", TestServers.BypassKey, HttpStatusCode.Forbidden)]
    [TestCase("staging", null, HttpStatusCode.ServiceUnavailable)]
    public async Task TestAuth_ProductionOrNoKey_Refused(string environment, string? key, HttpStatusCode expected,
        CancellationToken cancellationToken)
    {
        var server = await TestServers.GetAsync($"test-auth-{environment}", o => o with { Environment = environment, BypassKey = key });

        var response = await server.SendAsync(HttpMethod.Post, server.Auth("/auth/e2e/test-auth"), null, new JsonObject(),
            cancellationToken,
            r => r.Headers.Add("X-E2E-Bypass-Key", TestServers.BypassKey));

        response.Status.Should().Be(expected, response.ToString());
    }

    [Test]
    public async Task OAuth_GoogleLogin_RedirectsWithClientIdStateAndAuthorizedRedirectUri(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var config = await server.SendAsync(HttpMethod.Get, server.Auth("/auth/config"), null, null, cancellationToken);

        var login = await server.SendAsync(HttpMethod.Get, server.Auth("/auth/login?provider=google"), null, null, cancellationToken);

        login.Status.Should().Be(HttpStatusCode.Found, login.ToString());
        var location = new Uri(login.Header("Location")!);
        location.Host.Should().Be("accounts.google.com");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        query["client_id"].ToString().Should().NotBeEmpty();
        query["state"].ToString().Should().NotBeEmpty();
        config.Json["authorized_redirect_uris"]!.AsArray().Select(u => u!.GetValue<string>()).Should()
            .Contain(query["redirect_uri"].ToString());
        config.Json["endpoints"]!.Str("callback").Should().StartWith(server.Server.AuthUrl.GetLeftPart(UriPartial.Authority));
    }

    [TestCase("/auth/login", HttpStatusCode.BadRequest)]
    [TestCase("/auth/login?provider=facebook", HttpStatusCode.BadRequest)]
    [TestCase("/auth/callback", HttpStatusCode.BadRequest)]
    public async Task OAuth_MissingProviderOrCallbackWithoutCode_400(string path, HttpStatusCode expected,
        CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        (await server.SendAsync(HttpMethod.Get, server.Auth(path), null, null, cancellationToken)).Status.Should().Be(expected);
    }

    [Test]
    public async Task OAuth_NotConfigured_503(CancellationToken cancellationToken)
    {
        var server = await TestServers.GetAsync("no-oauth", o => o with { GoogleClientId = null });

        (await server.SendAsync(HttpMethod.Get, server.Auth("/auth/login?provider=google"), null, null, cancellationToken))
            .Status.Should().Be(HttpStatusCode.ServiceUnavailable);
    }
}
