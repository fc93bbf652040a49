using System.Security.Cryptography.X509Certificates;
using Netra.E2E.ReferenceBackend.Api;
using Netra.E2E.ReferenceBackend.Auth;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Builds the backend web application (REST under /api, health, WebSocket at /ws).</summary>
internal static class BackendApp
{
    public static WebApplication Build(ReferenceServerOptions options, ReferenceState state, StartupLog log, X509Certificate2? certificate)
    {
        var builder = CommonPipeline.CreateBuilder("Netra.E2E.ReferenceBackend", options.BackendUrl, state, log, certificate);
        var app = builder.Build();
        CommonPipeline.UseCommonMiddleware(app, state, TokenUse.Rest);
        app.UseRouting();
        app.MapHealthEndpoints();
        return app;
    }
}
