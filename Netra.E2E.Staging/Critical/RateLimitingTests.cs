using System.Globalization;
using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class RateLimitingTests : E2ETest
{
    // A limit above this cannot be exhausted by a test that must stay fast (the reference limit is 120 per 10 s).
    private const int MaxTestableLimit = 1000;
    private const int Burst = 10;

    [Test]
    [Legacy("018")]
    [Catches("no-rate-limit", "status-remap-500")]
    [Verifies("HTTP-RATE-1", "HTTP-RATE-2", "HTTP-RATE-3", "HTTP-RATE-4", "HTTP-RATE-5")]
    public async Task Api_OneUserOverTheLimit_Gets429WithRetryAfterAndDecreasingRemaining()
    {
        var user = await NewUserAsync();
        var first = await SendAsync(user);
        first.Should().HaveStatus(200);
        var limit = HeaderNumber(first, "X-RateLimit-Limit");
        var remainingBefore = HeaderNumber(first, "X-RateLimit-Remaining");
        var reset = HeaderNumber(first, "X-RateLimit-Reset");
        limit.Should().BeInRange(1, MaxTestableLimit, "the test exhausts the limit to see the 429; target answered {0}", first.Describe());

        var second = await SendAsync(user);
        second.Should().HaveStatus(200);
        HeaderNumber(second, "X-RateLimit-Remaining").Should().BeLessThan(
            remainingBefore, "X-RateLimit-Remaining must decrease within a window: the first call said {0}; the second answered {1}",
            remainingBefore, second.Describe());

        reset.Should().BeGreaterThanOrEqualTo(
            DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1,
                "X-RateLimit-Reset is the epoch second the window ends, not in the past; target answered {0}", first.Describe());

        // The window may roll over once during the burst, so allow for two windows' worth of calls.
        var budget = (2 * limit) + Burst;
        var sent = 2;
        ApiResponse? refused = null;
        var last = second;
        while (refused is null && sent < budget)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => SendAsync(user)));
            sent += Burst;
            refused = answers.FirstOrDefault(a => a.Status == 429);
            last = answers[^1];
            foreach (var answer in answers.Where(a => a.Status != 429))
            {
                answer.Should().HaveStatus(200);
            }
        }

        (refused?.Status).Should().Be(
            429,
            "X-RateLimit-Limit said {0}, yet {1} calls of one user were all answered 200; the last said {2}", limit, sent, last.Describe());
        var retryAfter = refused!.Header("Retry-After");
        int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds).Should().BeTrue(
            "a 429 must say in Retry-After how many seconds to wait; target answered {0} with Retry-After {1}", refused.Describe(),
                retryAfter ?? "absent");
        seconds.Should().BeInRange(1, 3600, "Retry-After is the wait until the window reopens; target answered {0}", refused.Describe());
        HeaderNumber(refused, "X-RateLimit-Remaining").Should().Be(0, "a refused call has no calls left in its window; target answered {0}",
            refused.Describe());
        refused.Str("detail").Should().NotBeNullOrWhiteSpace("a 429 carries the error body; target answered {0}", refused.Describe());
        refused.Str("error_code").Should().NotBeNullOrWhiteSpace("a 429 carries the error body; target answered {0}", refused.Describe());
        refused.Str("request_id").Should().Be(refused.RequestId,
            "the error body's request_id is the X-Request-ID of the answer; target answered {0}", refused.Describe());
    }

    private Task<ApiResponse> SendAsync(TestUser user) =>
        Backend.SendAsync(new ApiRequest(HttpMethod.Get, "/api/threads?limit=1") { Bearer = user.AccessToken, AllowRetry = false },
            Cancellation);

    private static long HeaderNumber(ApiResponse response, string name)
    {
        var value = response.Header(name);
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number).Should().BeTrue(
            "every rate-limited /api response carries {0} as a whole number; target answered {1} with {0}: {2}", name, response.Describe(),
                value ?? "absent");
        return number;
    }
}
