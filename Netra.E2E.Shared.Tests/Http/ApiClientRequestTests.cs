using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Tests.Http;

[Parallelizable(ParallelScope.All)]
public sealed class ApiClientRequestTests : LoopbackHttpFixture
{
    [TestCase("/api/../../etc/passwd")]
    [TestCase("/api/%2e%2e/%2e%2e/etc/passwd")]
    [TestCase("/api/./x/../y")]
    [TestCase("/api/file%00.txt")]
    public async Task SendRaw_TraversalPath_ReachesServerVerbatim(string rawPath)
    {
        using var capture = new RequestLineCapture();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var client = Http.CreateClient(capture.Url, new EvidenceLog("raw"));
        var requestLine = capture.ReadRequestLineAsync(deadline.Token);

        var response = await client.SendRawAsync(HttpMethod.Get, rawPath, null, deadline.Token);

        (await requestLine).Should().Be($"GET {rawPath} HTTP/1.1");
        response.Should().HaveStatus(404);
        response.Path.Should().Be(rawPath);
    }

    [Test]
    public async Task Get_NormalPath_DotSegmentsCollapsed()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("normal"));

        var response = await client.GetAsync("/x/../echo", CancellationToken.None);

        response.Should().HaveStatus(200).And.HaveJsonString("raw_target", "/echo");
    }

    [Test]
    public async Task Get_ResponseHeaders_KeptAsTheTargetSentThem()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("headers"));

        var response = await client.GetAsync("/headers", CancellationToken.None);

        response.Should().HaveStatus(200);
        response.Header("Cache-Control").Should().Be("no-store,max-age=0");
        response.Headers["X-Multi"].Should().Equal("a", "b");
        response.Header("x-multi").Should().Be("a, b");
        response.Header("Vary").Should().Be("Origin, Accept-Encoding");
        response.MediaType.Should().Be("application/json");
    }

    [Test]
    public async Task Get_Redirect_ReturnedNotFollowed()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("redirect"));

        var response = await client.GetAsync("/redirect", CancellationToken.None);

        response.Should().HaveStatus(302).And.HaveHeader("Location", "/somewhere-else");
    }

    [Test]
    public async Task Post_BodyTokenAndHeaders_ArriveAsSent()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("echo"));
        var headers = new Dictionary<string, string> { ["X-Request-ID"] = "req-abc_123", ["Origin"] = "http://localhost:3000" };

        var response = await client.SendAsync(HttpMethod.Post, "/echo", new { agent_type = "triage", Message = "hi" }, "tok-123", headers,
            CancellationToken.None);

        response.Should().HaveStatus(200).And.HaveJsonString("method", "POST").And.HaveJsonString("body",
            """{"agent_type":"triage","Message":"hi"}""");
        response.Str("headers.Authorization").Should().Be("Bearer tok-123");
        response.Str("headers.Content-Type").Should().Be("application/json; charset=utf-8");
        response.Str("headers.Origin").Should().Be("http://localhost:3000");
        response.RequestId.Should().Be("req-abc_123");
        response.MediaType.Should().Be("application/json");
    }

    [Test]
    public async Task Post_RawBody_SentVerbatim()
    {
        var client = Http.CreateClient(Server.BaseUrl, new EvidenceLog("raw-body"));

        var response = await client.SendAsync(new ApiRequest(HttpMethod.Post, "/echo") { RawBody = "{not json" }, CancellationToken.None);

        response.Should().HaveJsonString("body", "{not json");
    }

    [Test]
    public async Task HaveStatus_WrongStatus_FailsWithRedactedDescription()
    {
        var log = new EvidenceLog("leaky");
        var client = Http.CreateClient(Server.BaseUrl, log);
        var response = await client.GetAsync("/leaky", CancellationToken.None);

        var failure = FluentActions.Invoking(() => response.Should().HaveStatus(200, 201)).Should().Throw<AssertionException>().Which;

        failure.Message.Should().StartWith("Expected status 200 or 201; got GET /leaky → 500 Internal Server Error (request id none,")
            .And.Contain("""body: {"detail":"bad {token}","access_token":"<jwt sha256:""")
            .And.NotContain("eyJ");
        FluentActions.Invoking(() => response.EnsureStatus(200)).Should().Throw<AssertionException>()
            .WithMessage("Expected status 200 but got GET /leaky → 500*");
        log.Render().Should().NotContain("eyJ");
    }

    [Test]
    public async Task Evidence_AfterCall_HasNetworkEvidenceWithRedactedHeaders()
    {
        var log = new EvidenceLog("evidence");
        var client = Http.CreateClient(Server.BaseUrl, log);

        await client.GetAsync("/echo", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", CancellationToken.None);

        log.HasNetworkEvidence.Should().BeTrue();
        log.Exchanges[0].RequestHeaders.Should().Contain(h => h.StartsWith("Authorization: Bearer <jwt sha256:", StringComparison.Ordinal));
        log.Render().Should().NotContain("eyJ");
    }
}
