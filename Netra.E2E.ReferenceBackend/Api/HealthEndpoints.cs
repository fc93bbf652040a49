using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Backend health and public configuration (contract 4).</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/health", (ReferenceState state) => Results.Json(new
        {
            status = "healthy",
            service = "netra-ai-platform",
            version = state.Version,
            environment = state.Options.Environment,
            timestamp = DateTimeOffset.UtcNow,
        }));

        app.MapGet("/api/config/public", (ReferenceState state) => Results.Json(new
        {
            environment = state.Options.Environment,
            app_name = "Netra AI Platform (reference)",
            version = state.Version,
            features = new { agents = true, websocket = true, mcp = true },
        }));
    }
}
