using System.Globalization;
using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

/// <summary>
/// How the /api rate limits are partitioned (contract 2): per user for authenticated calls, per address for anonymous
/// ones. The per-address limit is shared by the whole parallel run, so it is never exhausted here unless it is small.
/// </summary>
[High]
[WritesData]
public sealed class RateLimitPartitionTests : E2ETest
{
    private const int MaxTestableUserLimit = 1000;
    private const int MaxSafeAddressLimit = 150;
    private const int Burst = 10;
    private const int AnonymousCalls = 5;

    [Test]
    [Legacy("NEW")]
    [Verifies("HTTP-RATE-6")]
    public async Task Api_WhileOneUserIsOverItsLimit_AnotherUserFromTheSameAddressIsServed()
    {
        var limited = await NewUserAsync("ratelimited");
        var bystander = await NewUserAsync("ratebystander");
        var first = await CallAsync(limited.AccessToken);
        first.Should().HaveStatus(200);
        var limit = Number(first, "X-RateLimit-Limit");
        limit.Should().BeInRange(1, MaxTestableUserLimit, "the test exhausts one user's limit; target answered {0}", first.Describe());

        var budget = (2 * limit) + Burst;
        var sent = 1;
        ApiResponse? refused = null;
        while (refused is null && sent < budget)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => CallAsync(limited.AccessToken)));
            sent += Burst;
            refused = answers.FirstOrDefault(a => a.Status == 429);
        }

        (refused?.Status).Should().Be(429, "X-RateLimit-Limit said {0}, yet {1} calls of one user were all served", limit, sent);
        var served = await CallAsync(bystander.AccessToken);
        served.Should().HaveStatus(200);
        Number(served, "X-RateLimit-Remaining").Should().BeGreaterThan(0,
            "the other user's own count is not spent by the first user's calls; target answered {0} (the first user got {1})",
            served.Describe(), refused!.Describe());
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("HTTP-RATE-7")]
    public async Task Api_AnonymousCallsShareOneCountPerAddress_SeparateFromAUsersCount()
    {
        var user = await NewUserAsync("rateanon");
        var anonymous = await CallAnonymousAsync();
        anonymous.Should().HaveStatus(200);
        var addressLimit = Number(anonymous, "X-RateLimit-Limit");
        var userAnswer = await CallAsync(user.AccessToken);
        userAnswer.Should().HaveStatus(200);
        var userRemaining = Number(userAnswer, "X-RateLimit-Remaining");

        var drops = new List<string>();
        var counted = false;
        for (var attempt = 0; attempt < 3 && !counted; attempt++)
        {
            var before = Number(await CallAnonymousAsync(), "X-RateLimit-Remaining");
            ApiResponse last = anonymous;
            for (var i = 0; i < AnonymousCalls; i++)
            {
                last = await CallAnonymousAsync();
                last.Should().HaveStatus(200);
            }

            var after = Number(last, "X-RateLimit-Remaining");
            drops.Add($"{before} -> {after}");
            counted = before - after >= AnonymousCalls;
        }

        counted.Should().BeTrue("{0} anonymous calls from one address are counted together (Remaining drops by at least that much " +
            "within a window, other callers of the address only lower it more); Remaining went {1}", AnonymousCalls,
            string.Join(", ", drops));
        // A new window may have opened meanwhile (Remaining back near the limit); anonymous calls counted against the user would
        // instead leave it well below its last value.
        Number(await CallAsync(user.AccessToken), "X-RateLimit-Remaining").Should().BeGreaterThanOrEqualTo(userRemaining - 1,
            "the anonymous calls in between are not counted against the user (per user, not per address); the user's last call said {0}",
            userRemaining);

        if (addressLimit > MaxSafeAddressLimit)
        {
            TestContext.Out.WriteLine($"the per-address limit is {addressLimit}: exhausting it would starve the parallel run, so the 429 " +
                "of HTTP-RATE-7 is not provoked here");
            return;
        }

        ApiResponse? refused = null;
        for (var sent = 0; refused is null && sent < (2 * addressLimit) + Burst; sent += Burst)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => CallAnonymousAsync()));
            refused = answers.FirstOrDefault(a => a.Status == 429);
        }

        (refused?.Status).Should().Be(429, "enough anonymous calls from one address get 429 (the limit said {0})", addressLimit);
    }

    private Task<ApiResponse> CallAsync(string token) =>
        Backend.SendAsync(new ApiRequest(HttpMethod.Get, "/api/threads?limit=1") { Bearer = token, AllowRetry = false }, Cancellation);

    private Task<ApiResponse> CallAnonymousAsync() =>
        Backend.SendAsync(new ApiRequest(HttpMethod.Get, "/api/health") { AllowRetry = false }, Cancellation);

    private static long Number(ApiResponse response, string name)
    {
        var value = response.Header(name);
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number).Should().BeTrue(
            "a rate-limited /api answer carries {0} as a whole number; target answered {1} with {0}: {2}", name, response.Describe(),
            value ?? "absent");
        return number;
    }
}
