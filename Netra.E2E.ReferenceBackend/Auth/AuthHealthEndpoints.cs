using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>Auth-service health (contract 3).</summary>
internal static class AuthHealthEndpoints
{
    public static void MapAuthHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/health", (ReferenceState state) => Results.Json(new
        {
            status = "healthy",
            service = "auth-service",
            version = state.Version,
            timestamp = DateTime.UtcNow,
        }));
    }
}
