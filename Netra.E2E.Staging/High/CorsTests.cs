using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

[High]
public sealed class CorsTests : E2ETest
{
    [Test]
    [Legacy("033")]
    [Catches("cors-any-origin")]
    [Verifies("HTTP-CORS-1", "HTTP-CORS-2", "HTTP-CORS-3", "HTTP-CORS-4", "HTTP-CORS-5", "HTTP-CORS-6")]
    public async Task Cors_Preflight_AllowsOnlyTheFrontendOriginWithCredentials()
    {
        var services = new[] { (Client: Backend, Path: "/api/threads"), (Client: AuthService, Path: "/auth/login") };
        foreach (var (client, path) in services)
        {
            var allowed = await client.OptionsAsync(path, Preflight(Target.FrontendOrigin), Cancellation);
            using (new AssertionScope())
            {
                allowed.Should().HaveStatus(200, 204);
                allowed.Should().HaveHeader("Access-Control-Allow-Origin", Target.FrontendOrigin);
                allowed.Should().HaveHeader("Access-Control-Allow-Credentials", "true");
                Tokens(allowed, "Access-Control-Allow-Methods").Should().Contain("POST",
                    "the preflight must allow POST; {0}", allowed.Describe());
                Tokens(allowed, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()).Should().Contain(["authorization",
                    "content-type"],
                    "the preflight must allow the Authorization and Content-Type headers; Access-Control-Allow-Headers was {0}",
                    allowed.Header("Access-Control-Allow-Headers") ?? "absent");
                Tokens(allowed, "Vary").Should().Contain(v => v.Equals("Origin", StringComparison.OrdinalIgnoreCase),
                    "an origin-dependent answer must carry Vary: Origin; Vary was {0}", allowed.Header("Vary") ?? "absent");
            }
        }

        // A foreign site, a look-alike that starts with the allowed origin, and the opaque "null" origin.
        var foreign = new[] { "https://evil.example", Target.FrontendOrigin + ".evil.example", "null" };
        var refused = new List<ApiResponse>();
        foreach (var origin in foreign)
        {
            foreach (var (client, path) in services)
            {
                refused.Add(await client.OptionsAsync(path, Preflight(origin), Cancellation));
            }

            refused.Add(await Backend.SendAsync(HttpMethod.Get, "/api/health", null, null, new Dictionary<string,
                string> { ["Origin"] = origin }, Cancellation));
        }

        using (new AssertionScope())
        {
            foreach (var response in refused)
            {
                response.Should().NotHaveHeader("Access-Control-Allow-Origin");
            }
        }
    }

    private static Dictionary<string, string> Preflight(string origin) => new()
    {
        ["Origin"] = origin,
        ["Access-Control-Request-Method"] = "POST",
        ["Access-Control-Request-Headers"] = "Authorization, Content-Type",
    };

    private static List<string> Tokens(ApiResponse response, string header) =>
        [.. (response.Header(header) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
