using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

/// <summary>Common HTTP behaviour of contract 2 that no row checked: request ids, CORS on actual responses, the reset header,
/// and the legacy /api/messages path.</summary>
[High]
[WritesData]
public sealed class HttpCommonContractTests : E2ETest
{
    [Test]
    [Catches("request-id-echoes-invalid")]
    [Verifies("HTTP-REQID-3", "HTTP-REQID-2")]
    public async Task RequestId_TooLongOrOddCharacters_NotEchoedButGenerated()
    {
        var tooLong = new string('a', 129);
        // Every other character is outside [A-Za-z0-9_-]; common separators a target might let through are among them.
        string[] odd = ["id with spaces!", "e2e.request.1", "e2e:request", "e2e/request"];
        var answers = new List<(string Sent, ApiResponse Response)>();
        foreach (var sent in (string[])[tooLong, .. odd])
        {
            var headers = new Dictionary<string, string> { ["X-Request-ID"] = sent };
            answers.Add((sent, await Backend.SendAsync(new ApiRequest(HttpMethod.Get, "/health") { Headers = headers }, Cancellation)));
        }

        var none = await Backend.GetAsync("/health", Cancellation);

        foreach (var (sent, response) in answers)
        {
            response.Should().HaveStatus(200);
            response.RequestId.Should().NotBeNullOrEmpty("a generated id replaces an ill-formed one; target answered {0}",
                response.Describe());
            response.RequestId.Should().NotBe(sent, "an ill-formed X-Request-ID is not echoed; target answered {0}", response.Describe());
        }

        none.RequestId.Should().NotBeNullOrEmpty("a request without X-Request-ID gets one; target answered {0}", none.Describe());
    }

    [Test]
    [Catches("cors-actual-response-no-allow-origin")]
    [Verifies("HTTP-CORS-7")]
    public async Task ActualResponse_ToTheFrontendOrigin_CarriesCorsHeaders()
    {
        var origin = Target.FrontendOrigin;
        var headers = new Dictionary<string, string> { ["Origin"] = origin };

        var response = await Backend.SendAsync(new ApiRequest(HttpMethod.Get, "/api/config/public") { Headers = headers }, Cancellation);

        response.Should().HaveStatus(200);
        response.Should().HaveHeader("Access-Control-Allow-Origin", origin);
        response.Header("Access-Control-Allow-Credentials").Should().BeEquivalentTo("true", "target answered {0}", response.Describe());
        response.Header("Vary").Should().ContainEquivalentOf("Origin", "target answered {0}", response.Describe());
    }

    [Test]
    [Catches("ratelimit-reset-relative")]
    [Verifies("HTTP-RATE-3", "HTTP-RATE-1")]
    public async Task RateLimitReset_OnAnApiCall_IsAnEpochInstantNearNow()
    {
        var user = await NewUserAsync("reset");

        var response = (await Api(user).ListThreadsAsync("?limit=1", Cancellation)).Response;

        response.Should().HaveStatus(200);
        long.TryParse(response.Header("X-RateLimit-Limit"),
            out _).Should().BeTrue("X-RateLimit-Limit is an integer; target answered {0}", response.Describe());
        long.TryParse(response.Header("X-RateLimit-Reset"), out var reset).Should().BeTrue("target answered {0}", response.Describe());
        DateTimeOffset.FromUnixTimeSeconds(reset).Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "X-RateLimit-Reset is an epoch instant, not seconds to wait; target answered {0}", response.Describe());
    }

    [Test]
    [Catches("messages-307")]
    [Verifies("DEV-MESSAGES-1", "HTTP-STATUS-1")]
    public async Task ApiMessages_IsNoRoute_Answered404()
    {
        var user = await NewUserAsync("legacy");

        var get = await Backend.GetAsync("/api/messages", user.AccessToken, Cancellation);

        get.Should().BeContractError(404);
        get.Header("Location").Should().BeNull("/api/messages must not redirect; target answered {0}", get.Describe());
    }
}
