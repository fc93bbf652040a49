using System.Text.RegularExpressions;
using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

/// <summary>Common HTTP answers of contract 2: JSON media types, what error bodies must never hold, and
/// the endpoints exempt from rate limiting.</summary>
[High]
[WritesData]
public sealed partial class HttpAnswerTests : E2ETest
{
    private const int ExemptBurst = 25;

    [Test]
    [Verifies("HTTP-JSON-1")]
    public async Task Answers_SuccessAndError_AreApplicationJsonInUtf8()
    {
        var user = await NewUserAsync("json");
        var answers = new List<ApiResponse>
        {
            await Backend.GetAsync("/health", Cancellation),
            await AuthService.GetAsync("/health", Cancellation),
            await AuthService.GetAsync("/auth/config", Cancellation),
            (await Api(user).ListThreadsAsync("?limit=1", Cancellation)).Response,
            await AuthService.GetAsync("/auth/me", user.AccessToken, Cancellation),
            await Backend.GetAsync("/api/e2e-no-such-route", user.AccessToken, Cancellation),
            await Backend.GetAsync("/api/threads", BadTokenFactory.Garbage(), Cancellation),
            await AuthService.PostJsonAsync("/auth/register", new { }, Cancellation),
        };

        using (new AssertionScope())
        {
            foreach (var response in answers)
            {
                response.MediaType.Should().Be("application/json", "a JSON answer says application/json; target answered {0} with " +
                    "Content-Type {1}", response.Describe(), response.Header("Content-Type"));
                Charset(response).Should().BeOneOf([null, "utf-8"], "a charset, when present, is utf-8; target answered {0} with " +
                    "Content-Type {1}", response.Describe(), response.Header("Content-Type"));
            }
        }
    }

    [Test]
    [Verifies("HTTP-ERROR-5")]
    public async Task ErrorBodies_OfSeveralClientErrors_ContainNoSql()
    {
        var answers = await ClientErrorsAsync();

        using (new AssertionScope())
        {
            foreach (var response in answers)
            {
                response.Status.Should().BeInRange(400, 499, "each probe is a client error; target answered {0}", response.Describe());
                SqlPattern().Match(response.Body).Value.Should().BeEmpty("an error body never contains SQL; target answered {0}",
                    response.Describe());
            }
        }
    }

    [Test]
    [Verifies("HTTP-ERROR-6")]
    public async Task ErrorBodies_OfSeveralClientErrors_ContainNoSecret()
    {
        var secrets = new[] { Target.JwtSecret.Secret, Settings.BypassKey }.OfType<Shared.Configuration.Secret>().ToList();
        if (secrets.Count == 0)
        {
            NotApplicable("the run knows neither the target's JWT secret nor a bypass key, so it cannot look for them.");
        }

        var answers = await ClientErrorsAsync();
        if (Settings.BypassKey is not null)
        {
            // Only where a key is configured is a wrong key a client error (401); without one the service answers 503.
            var headers = new Dictionary<string, string> { ["X-E2E-Bypass-Key"] = "wrong-" + Guid.NewGuid().ToString("N") };
            answers.Add(await AuthService.SendAsync(new ApiRequest(HttpMethod.Post, "/auth/e2e/test-auth")
            {
                Body = new { email = E2EAuthHelper.NewEmail("wrongkey") }, Headers = headers, AllowRetry = false,
            }, Cancellation));
        }

        using (new AssertionScope())
        {
            foreach (var response in answers)
            {
                response.Status.Should().BeInRange(400, 499, "each probe is a client error; target answered {0}", response.Describe());
                foreach (var secret in secrets)
                {
                    secret.IsContainedIn(response.Body).Should().BeFalse("an error body never contains the secret {0}; target " +
                        "answered {1}", secret, response.Describe());
                }
            }
        }
    }

    [Test]
    [Verifies("HTTP-RATE-8")]
    // The address's anonymous /api budget is shared by every anonymous call from this machine: run alone, so the other
    // tests' anonymous calls cannot be mistaken for the burst being counted (it was, once, in a fault-matrix run).
    [NonParallelizable]
    public async Task HealthAndAuthConfig_ABurstOfCalls_NeverLimited()
    {
        var anonymousBefore = await Backend.GetAsync("/api/config/public", Cancellation);
        var bursts = new Dictionary<string, List<ApiResponse>>(StringComparer.Ordinal)
        {
            ["backend GET /health"] = [], ["auth GET /health"] = [], ["auth GET /auth/config"] = [],
        };
        for (var i = 0; i < ExemptBurst; i++)
        {
            bursts["backend GET /health"].Add(await Backend.GetAsync("/health", Cancellation));
            bursts["auth GET /health"].Add(await AuthService.GetAsync("/health", Cancellation));
            bursts["auth GET /auth/config"].Add(await AuthService.GetAsync("/auth/config", Cancellation));
        }

        var anonymousAfter = await Backend.GetAsync("/api/config/public", Cancellation);

        using (new AssertionScope())
        {
            foreach (var (name, answers) in bursts)
            {
                answers.Should().AllSatisfy(r => r.Status.Should().Be(200, "{0} is never limited; target answered {1}", name,
                    r.Describe()));
                var remaining = answers.Select(r => r.Header("X-RateLimit-Remaining")).Where(h => h is not null).Distinct().ToList();
                remaining.Should().HaveCountLessThan(2, "{0} is not counted against a limit, yet X-RateLimit-Remaining changed: {1}",
                    name, string.Join(", ", remaining));
            }

            if (long.TryParse(anonymousBefore.Header("X-RateLimit-Remaining"), out var before)
                && long.TryParse(anonymousAfter.Header("X-RateLimit-Remaining"), out var after))
            {
                (before - after).Should().BeLessThan(ExemptBurst,
                    "the {0} calls to /health do not use up the address's /api budget; /api answered {1} before and {2} after",
                    ExemptBurst, anonymousBefore.Describe(), anonymousAfter.Describe());
            }
        }
    }

    private async Task<List<ApiResponse>> ClientErrorsAsync()
    {
        var user = await NewUserAsync("errors");
        return
        [
            await Backend.GetAsync("/api/e2e-no-such-route", user.AccessToken, Cancellation),
            await AuthService.GetAsync("/auth/e2e-no-such-route", Cancellation),
            await Backend.SendAsync(HttpMethod.Delete, "/api/config/public", null, user.AccessToken, null, Cancellation),
            await Backend.GetAsync("/api/threads/e2e'no\"such;thread", user.AccessToken, Cancellation),
            await Backend.PostJsonAsync("/api/threads", new { title = 12, metadata = "not an object" }, user.AccessToken,
                Cancellation),
            await AuthService.PostJsonAsync("/auth/register", new { email = "not-an-email" }, Cancellation),
            await AuthService.PostJsonAsync("/auth/login", new { email = user.Email, password = "wrong-" + Guid.NewGuid() },
                Cancellation),
            await Backend.GetAsync("/api/threads", BadTokenFactory.Garbage(), Cancellation),
            await AuthService.GetAsync("/auth/me", BadTokenFactory.Garbage(), Cancellation),
        ];
    }

    private static string? Charset(ApiResponse response) =>
        response.Header("Content-Type")?.Split(';').Skip(1).Select(p => p.Trim())
            .Where(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            .Select(p => p["charset=".Length..].Trim('"').ToLowerInvariant()).FirstOrDefault();

    [GeneratedRegex(@"\b(SELECT\s+[\w*,\s.""]+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE|DROP\s+TABLE|" +
        @"WHERE\s+[\w.""]+\s*(=|IN\b|LIKE\b)|sqlalchemy|psycopg|asyncpg|sqlite3?|IntegrityError|UniqueViolation|SQLSTATE)",
        RegexOptions.IgnoreCase)]
    private static partial Regex SqlPattern();
}
