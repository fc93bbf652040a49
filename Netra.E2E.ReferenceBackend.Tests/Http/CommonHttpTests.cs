using System.Net;
using System.Net.Sockets;
using System.Text;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Http;

[CancelAfter(20_000)]
public sealed class CommonHttpTests
{
    [TestCase("backend", "/api/config/public", true)]
    [TestCase("backend", "/health", false)]
    [TestCase("auth", "/auth/config", true)]
    [TestCase("auth", "/health", false)]
    public async Task Response_AnyService_CarriesSecurityHeaders(string service, string path, bool noStore,
        CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var url = service == "backend" ? server.Backend(path) : server.Auth(path);

        var response = await server.SendAsync(HttpMethod.Get, url, null, null, cancellationToken);

        response.Header("X-Content-Type-Options").Should().Be("nosniff");
        response.Header("X-Frame-Options").Should().Be("DENY");
        response.Header("Referrer-Policy").Should().Be("strict-origin-when-cross-origin");
        response.Header("Strict-Transport-Security").Should().MatchRegex(@"max-age=(\d{6,}|[89]\d{4})");
        if (noStore)
        {
            response.Header("Cache-Control").Should().Contain("no-store");
        }
    }

    [TestCase("abc-DEF_123", true)]
    [TestCase("has spaces", false)]
    [TestCase("", false)]
    public async Task RequestId_SentOrNot_EchoedWhenWellFormedElseGenerated(string sent, bool echoed, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        var response = await server.SendAsync(HttpMethod.Get, server.Backend("/nope"), null, null, cancellationToken,
            r => r.Headers.TryAddWithoutValidation("X-Request-ID", sent));

        var id = response.Header("X-Request-ID");
        id.Should().MatchRegex("^[A-Za-z0-9_-]{1,128}$");
        (id == sent).Should().Be(echoed, "sent '{0}', got '{1}'", sent, id);
        response.Text("request_id").Should().Be(id);
    }

    [TestCase("GET", "/api/does-not-exist", null, HttpStatusCode.NotFound)]
    [TestCase("DELETE", "/api/config/public", null, HttpStatusCode.MethodNotAllowed)]
    [TestCase("POST", "/api/threads", "{\"title\": 5}", HttpStatusCode.UnprocessableEntity)]
    [TestCase("POST", "/api/agents/execute", "{not json", HttpStatusCode.UnprocessableEntity)]
    public async Task Error_AnyKind_HasErrorBodyWithoutInternals(string method, string path, string? body, HttpStatusCode expected,
        CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);

        var response = await server.SendAsync(new HttpMethod(method), server.Backend(path), user.AccessToken, null, cancellationToken,
            r => r.Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"));

        response.Status.Should().Be(expected, response.ToString());
        response.Json.Str("detail").Should().NotBeNullOrEmpty();
        response.Json.Str("error_code").Should().NotBeNullOrEmpty();
        response.Json.Str("request_id").Should().Be(response.Header("X-Request-ID"));
        response.Body.Should().NotContainAny("   at ", ".cs", "Exception", "Netra.E2E");
    }

    [Test]
    public async Task Cors_PreflightFromFrontend_AllowedWithCredentialsAndVary(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        var response = await Preflight(server, "http://localhost:3000", cancellationToken);

        ((int)response.Status).Should().BeOneOf(200, 204);
        response.Header("Access-Control-Allow-Origin").Should().Be("http://localhost:3000");
        response.Header("Access-Control-Allow-Credentials").Should().Be("true");
        response.Header("Access-Control-Allow-Methods").Should().Contain("POST");
        response.Header("Access-Control-Allow-Headers").Should().ContainAll("Authorization", "Content-Type");
        response.Header("Vary").Should().Contain("Origin");
    }

    [Test]
    public async Task Cors_PreflightFromForeignOrigin_NoAllowOrigin(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        (await Preflight(server, "https://evil.example", cancellationToken)).Header("Access-Control-Allow-Origin").Should().BeNull();
    }

    [TestCase("/api/../../etc/passwd")]
    [TestCase("/api/%2e%2e/%2e%2e/etc/passwd")]
    [TestCase("/api/threads%00.json")]
    public async Task PathTraversal_SentRaw_NeverContent(string rawPath, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        var status = await RawGetStatusAsync(server, rawPath, cancellationToken);

        status.Should().BeOneOf(400, 403, 404);
    }

    [Test]
    public async Task RateLimit_OneUserOverLimit_RemainingDecreasesThen429WithRetryAfter(CancellationToken cancellationToken)
    {
        var server = await TestServers.GetAsync("small-rate-limit", o => o with { RateLimitPerUser = 5,
            RateLimitWindow = TimeSpan.FromSeconds(30) });
        var user = await server.NewUserAsync(cancellationToken);
        var responses = new List<ApiResponse>();

        for (var i = 0; i < 6; i++)
        {
            responses.Add(await server.GetAsync("/api/threads", user.AccessToken, cancellationToken));
        }

        responses.Take(5).Select(r => int.Parse(r.Header("X-RateLimit-Remaining")!, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(4, 3, 2, 1, 0);
        responses[0].Header("X-RateLimit-Limit").Should().Be("5");
        long.Parse(responses[0].Header("X-RateLimit-Reset")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeInRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddSeconds(31).ToUnixTimeSeconds());
        responses[5].Status.Should().Be(HttpStatusCode.TooManyRequests, responses[5].ToString());
        int.Parse(responses[5].Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 30);
        responses[5].Text("error_code").Should().Be("RATE_LIMITED");
        (await server.GetAsync("/health", null, cancellationToken)).Status.Should().Be(HttpStatusCode.OK, "health is never limited");
        (await server.GetAsync("/api/threads", (await server.NewUserAsync(cancellationToken)).AccessToken, cancellationToken))
            .Status.Should().Be(HttpStatusCode.OK, "limits are per user");
    }

    private static Task<ApiResponse> Preflight(TestServer server, string origin, CancellationToken cancellationToken) =>
        server.SendAsync(HttpMethod.Options, server.Backend("/api/agents/execute"), null, null, cancellationToken, r =>
        {
            r.Headers.Add("Origin", origin);
            r.Headers.Add("Access-Control-Request-Method", "POST");
            r.Headers.Add("Access-Control-Request-Headers", "Authorization, Content-Type");
        });

    /// <summary>Sends a request line exactly as given (no client-side normalization) and reads the status code.</summary>
    private static async Task<int> RawGetStatusAsync(TestServer server, string rawPath, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Server.BackendUrl.Host, server.Server.BackendUrl.Port, cancellationToken);
        await using var tls = new System.Net.Security.SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new System.Net.Security.SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            RemoteCertificateValidationCallback = (_, cert, _, _) => server.IsPinned(cert),
        }, cancellationToken);
        await tls.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
            cancellationToken);
        using var reader = new StreamReader(tls, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(cancellationToken) ?? string.Empty;
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
