using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Pipeline;

[Pipeline]
public sealed class ServiceHealthTests : E2ETest
{
    [Test]
    [Legacy("test_1 HealthCheck")]
    [Catches("health-starting")]
    [Verifies("REST-HEALTH-1", "AUTH-HEALTH-1", "REST-APIHEALTH-1", "REST-APIHEALTH-2")]
    public async Task Health_BackendAndAuthService_ReportHealthyWithChecks()
    {
        var backend = await Backend.GetAsync("/health", Cancellation);
        backend.Should().HaveStatus(200);
        backend.Str("status").Should().Be("healthy", "backend GET /health must report healthy; target said {0}", backend.Describe());
        backend.Str("service").Should().Be("netra-ai-platform", "backend /health names its service; target said {0}", backend.Describe());
        backend.Str("environment").Should().Be(Target.ExpectedEnvironment,
            "backend /health names the target's environment; target said {0}", backend.Describe());
        backend.Str("version").Should().NotBeNullOrWhiteSpace("backend /health carries a version; target said {0}", backend.Describe());

        var auth = await AuthService.GetAsync("/health", Cancellation);
        auth.Should().HaveStatus(200);
        auth.Str("status").Should().Be("healthy", "auth GET /health must report healthy; target said {0}", auth.Describe());
        auth.Str("service").Should().Be("auth-service", "auth /health names its service; target said {0}", auth.Describe());

        var detailed = await Backend.GetAsync("/api/health", Cancellation);
        detailed.Should().HaveStatus(200);
        detailed.Str("status").Should().BeOneOf(["healthy", "degraded"], "GET /api/health reports healthy or degraded; target said {0}",
            detailed.Describe());
        detailed.Should().HaveJsonObject("checks");
        detailed.Require("checks").EnumerateObject().Should().NotBeEmpty("GET /api/health must name at least one check; target said {0}",
            detailed.Describe());
        detailed.Str("environment").Should().Be(Target.ExpectedEnvironment,
            "GET /api/health names the target's environment; target said {0}", detailed.Describe());
        detailed.Json.Number("uptime_seconds").Should().BeGreaterThanOrEqualTo(0, "GET /api/health reports uptime_seconds; target said {0}",
            detailed.Describe());
    }

    [Test]
    [Legacy("test_1 AgentApiEndpoints")]
    [Verifies("REST-DISCOVERY-1", "REST-DISCOVERY-2", "REST-DISCOVERY-3", "REST-MCP-1", "REST-MCP-2", "REST-MCP-3", "REST-MCP-4",
        "REST-MCP-5")]
    public async Task Discovery_McpConfigAndServers_AgreeWithEachOtherAndTheTarget()
    {
        var discovery = await Backend.GetAsync("/api/discovery/services", Cancellation);
        discovery.Should().HaveStatus(200);
        discovery.Bool("available").Should().NotBeNull("discovery carries available, a boolean of either value; target said {0}",
            discovery.Describe());
        var backendUrl = discovery.Str("services.backend.url");
        SameUrl(backendUrl, Target.BackendUrl).Should().BeTrue(
            "discovery's backend url must be the target's own backend {0}; target said {1}", Target.BackendUrl, discovery.Describe());
        SameUrl(discovery.Str("services.backend.ws_url"), Target.WebSocketUrl).Should().BeTrue(
            "discovery's ws_url must be the target's WebSocket {0}; target said {1}", Target.WebSocketUrl, discovery.Describe());
        SameUrl(discovery.Str("services.auth.url"), Target.AuthUrl).Should().BeTrue(
            "discovery's auth url must be the target's auth service {0}; target said {1}", Target.AuthUrl, discovery.Describe());
        discovery.Str("services.backend.api_url").Should().StartWith(Trim(backendUrl),
            "discovery's api_url must live on the backend it names; target said {0}", discovery.Describe());

        // The MCP config is served by the backend discovery names; server names there and in /api/mcp/servers need not match.
        var config = await Backend.GetAsync("/api/mcp/config", Cancellation);
        config.Should().BeMcpConfigOf(new Uri(backendUrl!));
        var servers = await Backend.GetAsync("/api/mcp/servers", Cancellation);
        servers.Should().BeMcpServerList();
    }

    [Test]
    [Legacy("test_3 AgentConfiguration")]
    [Verifies("REST-CONFIG-1", "REST-CONFIG-2")]
    public async Task PublicConfig_OfTheTarget_NamesItsEnvironment()
    {
        var config = await Backend.GetAsync("/api/config/public", Cancellation);
        config.Should().HaveStatus(200);
        config.Str("environment").Should().Be(Target.ExpectedEnvironment,
            "GET /api/config/public must name the environment of the {0} target; target said {1}", Target.Kind, config.Describe());
        config.Str("app_name").Should().NotBeNullOrWhiteSpace("public config names the app; target said {0}", config.Describe());
        config.Str("version").Should().NotBeNullOrWhiteSpace("public config carries a version; target said {0}", config.Describe());
        config.Should().HaveJsonObject("features");

        var health = await Backend.GetAsync("/health", Cancellation);
        health.Should().HaveStatus(200);
        health.Str("environment").Should().Be(config.Str("environment"),
            "/health and /api/config/public describe the same deployment; /health said {0}", health.Describe());
    }

    private static string Trim(string? url) => (url ?? string.Empty).TrimEnd('/');

    private static bool SameUrl(string? reported, Uri expected) =>
        Uri.TryCreate(reported, UriKind.Absolute, out var url) &&
        string.Equals(Trim(url.GetLeftPart(UriPartial.Path)), Trim(expected.GetLeftPart(UriPartial.Path)),
            StringComparison.OrdinalIgnoreCase);
}
