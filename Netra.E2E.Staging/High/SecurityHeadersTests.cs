using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

[High]
public sealed class SecurityHeadersTests : E2ETest
{
    [Test]
    [Legacy("031")]
    [Catches("no-security-headers")]
    [Verifies("HTTP-HEADERS-1", "HTTP-HEADERS-2", "HTTP-HEADERS-3", "HTTP-HEADERS-4", "HTTP-HEADERS-5", "HTTP-HEADERS-6")]
    public async Task Responses_OfBackendAndAuthService_CarryTheSecurityHeaders()
    {
        // Success and error answers of both services, inside and outside /api and /auth: contract 2 says "every response".
        var responses = new List<ApiResponse>
        {
            await Backend.GetAsync("/health", Cancellation),
            await Backend.GetAsync("/api/health", Cancellation),
            await Backend.GetAsync("/api/users/profile", Cancellation),
            await Backend.GetAsync("/api/no-such-endpoint", Cancellation),
            await AuthService.GetAsync("/health", Cancellation),
            await AuthService.GetAsync("/auth/config", Cancellation),
            await AuthService.GetAsync("/auth/me", Cancellation),
        };

        using (new AssertionScope())
        {
            foreach (var response in responses)
            {
                Check(response);
            }
        }
    }

    private static void Check(ApiResponse response)
    {
        var what = $"{response.Method} {response.Path} → {response.Status} (request id {response.RequestId ?? "none"})";
        var seen = string.Join("; ", response.Headers.Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        foreach (var (name, expected) in new[]
                 {
                     ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"), ("Referrer-Policy",
                         "strict-origin-when-cross-origin"),
                 })
        {
            var actual = response.Header(name)?.Trim();
            Expect(string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase),
                $"{what} must carry {name}: {expected} (contract 2) but it was {actual ?? "absent"}; headers: {seen}");
        }

        var path = response.Path.Split('?')[0];
        if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/auth/", StringComparison.Ordinal))
        {
            var cacheControl = response.Header("Cache-Control");
            Expect(Directives(cacheControl).Contains("no-store"),
                $"{what} must carry Cache-Control: no-store (contract 2, /api and /auth) but it was {cacheControl ?? "absent"}; headers: " +
                    $"{seen}");
        }

        if (response.Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            var hsts = response.Header("Strict-Transport-Security");
            Expect(Hsts.MaxAge(hsts) >= Hsts.MinimumMaxAge,
                $"{what} is over HTTPS and must carry Strict-Transport-Security with max-age ≥ {Hsts.MinimumMaxAge} but it was " +
                    $"{hsts ?? "absent"}; headers: {seen}");
        }
    }

    private static void Expect(bool condition, string failure) =>
        Execute.Assertion.ForCondition(condition)
            .FailWith(failure.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    private static List<string> Directives(string? header) =>
        (header ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.ToLowerInvariant()).ToList();
}
