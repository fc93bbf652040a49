using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.WebSockets;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Backend health and public configuration (contract 4); home of the <c>health-starting</c> fault.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/health", (ReferenceState state) => state.Faults.Has(Fault.HealthStarting)
            ? Results.Json(
                new { Status = "unhealthy", Service = "netra-ai-platform", Detail = "Startup in progress", Timestamp = DateTime.UtcNow },
                statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Json(new
            {
                Status = "healthy",
                Service = "netra-ai-platform",
                state.Version,
                state.Options.Environment,
                Timestamp = DateTime.UtcNow,
            }));

        app.MapGet("/api/health", (ReferenceState state, ConnectionRegistry connections, RunRegistry runs) => Results.Json(new
        {
            Status = "healthy",
            Checks = new
            {
                Storage = new { Status = "healthy", Kind = "in-memory" },
                Auth = new { Status = "healthy" },
                Websocket = new { Status = "healthy", Connections = connections.Count },
                Agents = new { Status = "healthy", ActiveRuns = runs.ActiveCount },
            },
            state.Version,
            state.Options.Environment,
            UptimeSeconds = Math.Round((DateTimeOffset.UtcNow - state.StartedAt).TotalSeconds, 3),
        }));

        app.MapGet("/api/config/public", (ReferenceState state) => Results.Json(new
        {
            state.Options.Environment,
            AppName = "Netra AI Platform (reference)",
            state.Version,
            Features = new { Agents = true, Websocket = true, Mcp = true, Streaming = true },
        }));
    }
}
