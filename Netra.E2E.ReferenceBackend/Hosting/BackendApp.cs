using System.Security.Cryptography.X509Certificates;
using Netra.E2E.ReferenceBackend.Api;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Builds the backend web application (REST under /api, health, WebSocket at /ws).</summary>
internal static class BackendApp
{
    public static WebApplication Build(ReferenceServerOptions options, ReferenceState state, StartupLog log, X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Netra.E2E.ReferenceBackend" });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(log);
        builder.WebHost.UseKestrelHttpsConfiguration();
        ReferenceServer.Listen(builder, options.BackendUrl, certificate);
        builder.Services.AddSingleton(state);

        var app = builder.Build();
        app.MapHealthEndpoints();
        return app;
    }
}
