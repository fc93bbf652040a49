using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(20_000)]
public sealed class HttpFaultTests
{
    [Test]
    [ChecksFault("rest-accepts-expired")]
    public async Task RestAcceptsExpired_ExpiredToken_200OnRest(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("rest-accepts-expired");

        (await server.GetAsync("/api/threads", TestTokens.Expired("old-user"), cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [ChecksFault("rest-accepts-unsigned")]
    public async Task RestAcceptsUnsigned_AlgNoneAndBadSignature_200OnRest(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("rest-accepts-unsigned");

        (await server.GetAsync("/api/threads", TestTokens.Unsigned("forger"), cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
        (await server.GetAsync("/api/threads", TestTokens.WrongSignature("forger"),
            cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [ChecksFault("refresh-reusable")]
    public async Task RefreshReusable_SameRefreshTokenTwice_BothSucceedWithoutRotation(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("refresh-reusable");
        var user = await server.NewUserAsync(cancellationToken);
        var body = new JsonObject { ["refresh_token"] = user.RefreshToken };

        var first = await server.AuthPostAsync("/auth/refresh", body, cancellationToken);
        var second = await server.AuthPostAsync("/auth/refresh", body.DeepClone(), cancellationToken);

        first.Status.Should().Be(HttpStatusCode.OK);
        second.Status.Should().Be(HttpStatusCode.OK, second.ToString());
        second.Text("refresh_token").Should().Be(user.RefreshToken);
    }

    [Test]
    [ChecksFault("logout-keeps-token")]
    public async Task LogoutKeepsToken_AfterLogout_TokenStillWorks(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("logout-keeps-token");
        var user = await server.NewUserAsync(cancellationToken);

        (await server.AuthPostAsync("/auth/logout", null, cancellationToken, user.AccessToken)).Status.Should().Be(HttpStatusCode.OK);

        (await server.GetAsync("/api/threads", user.AccessToken, cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
        (await server.AuthPostAsync("/auth/validate", new JsonObject { ["token"] = user.AccessToken },
            cancellationToken)).Json["valid"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    [ChecksFault("thread-idor")]
    public async Task ThreadIdor_OtherUsersThread_ReadableAndWritable(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("thread-idor");
        var owner = await server.NewUserAsync(cancellationToken);
        var intruder = await server.NewUserAsync(cancellationToken);
        var id = (await server.PostAsync("/api/threads", owner.AccessToken, new JsonObject { ["title"] = "private" },
            cancellationToken)).Text("id");

        (await server.GetAsync("/api/threads/" + id, intruder.AccessToken, cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
        (await server.PostAsync("/api/chat/messages", intruder.AccessToken, new JsonObject { ["content"] = "hi", ["thread_id"] = id },
            cancellationToken))
            .Status.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    [ChecksFault("cors-any-origin")]
    public async Task CorsAnyOrigin_ForeignPreflight_Allowed(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("cors-any-origin");

        var response = await server.SendAsync(HttpMethod.Options, server.Backend("/api/agents/execute"), null, null, cancellationToken, r =>
        {
            r.Headers.Add("Origin", "https://evil.example");
            r.Headers.Add("Access-Control-Request-Method", "POST");
        });

        response.Header("Access-Control-Allow-Origin").Should().Be("https://evil.example");
    }

    [Test]
    [ChecksFault("no-rate-limit")]
    public async Task NoRateLimit_OverTheLimit_Never429AndStaticHeaders(CancellationToken cancellationToken)
    {
        var server = await TestServers.GetAsync("fault:no-rate-limit:small", o => o with { Faults = FaultSet.Parse("no-rate-limit"),
            RateLimitPerUser = 3 });
        var user = await server.NewUserAsync(cancellationToken);
        var responses = new List<ApiResponse>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await server.GetAsync("/api/threads", user.AccessToken, cancellationToken));
        }

        var logins = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            logins.Add((await server.AuthPostAsync("/auth/login", new JsonObject { ["email"] = "brute@netra.test",
                ["password"] = "wrong-pw" }, cancellationToken)).Status);
        }

        responses.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        responses.Select(r => r.Header("X-RateLimit-Remaining")).Distinct().Should().ContainSingle();
        logins.Should().NotContain(HttpStatusCode.TooManyRequests);
    }

    [Test]
    [ChecksFault("error-leaks-internals")]
    public async Task ErrorLeaksInternals_NotFound_BodyCarriesStackTraceAndSourcePath(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("error-leaks-internals");

        var response = await server.GetAsync("/api/nothing-here", null, cancellationToken);

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.Body.Should().Contain("   at ").And.Contain(".cs");
    }

    [Test]
    [ChecksFault("no-security-headers")]
    public async Task NoSecurityHeaders_AnyResponse_HeadersMissing(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("no-security-headers");

        var response = await server.GetAsync("/api/config/public", null, cancellationToken);

        response.Header("X-Content-Type-Options").Should().BeNull();
        response.Header("X-Frame-Options").Should().BeNull();
        response.Header("Strict-Transport-Security").Should().BeNull();
    }

    [Test]
    [ChecksFault("unsafe-url-accepted")]
    public async Task UnsafeUrlAccepted_JavascriptUrl_Stored(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("unsafe-url-accepted");
        var user = await server.NewUserAsync(cancellationToken);

        var response = await server.SendAsync(HttpMethod.Patch, server.Backend("/api/users/profile"), user.AccessToken,
            new JsonObject { ["website"] = "javascript:alert(1)" }, cancellationToken);

        response.Status.Should().Be(HttpStatusCode.OK, response.ToString());
        response.Text("website").Should().Be("javascript:alert(1)");
    }

    [Test]
    [ChecksFault("history-misordered")]
    public async Task HistoryMisordered_ThreadMessages_NewestFirst(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("history-misordered");
        var user = await server.NewUserAsync(cancellationToken);
        var id = (await server.PostAsync("/api/threads", user.AccessToken, new JsonObject(), cancellationToken)).Text("id");
        foreach (var content in new[] { "m1", "m2", "m3" })
        {
            await server.PostAsync("/api/chat/messages", user.AccessToken, new JsonObject { ["content"] = content, ["thread_id"] = id },
                cancellationToken);
        }

        var messages = await server.GetAsync($"/api/threads/{id}/messages", user.AccessToken, cancellationToken);

        messages.Json["messages"]!.AsArray().Select(m => m!["content"]![0]!["text"]!.Str("value")).Should().Equal("m3", "m2", "m1");
    }

    [Test]
    [ChecksFault("health-starting")]
    public async Task HealthStarting_Health_503StartupInProgress(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("health-starting");

        var response = await server.GetAsync("/health", null, cancellationToken);

        response.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Text("status").Should().Be("unhealthy");
        response.Text("detail").Should().Be("Startup in progress");
    }

    [Test]
    [ChecksFault("status-remap-500")]
    public async Task StatusRemap500_MethodNotAllowedAndConflict_500ButNotFoundStays(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("status-remap-500");
        var user = await server.NewUserAsync(cancellationToken);

        (await server.SendAsync(HttpMethod.Delete, server.Backend("/api/config/public"), null, null,
            cancellationToken)).Status.Should().Be(HttpStatusCode.InternalServerError);
        (await server.GetAsync("/api/nothing", null, cancellationToken)).Status.Should().Be(HttpStatusCode.NotFound);
        (await server.PostAsync("/api/agents/execute", user.AccessToken, new JsonObject(),
            cancellationToken)).Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }
}
