using System.Security.Cryptography.X509Certificates;
using Netra.E2E.ReferenceBackend.Api;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Http;
using Netra.E2E.ReferenceBackend.WebSockets;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Builds the backend web application (REST under /api, health, WebSocket at /ws).</summary>
internal static class BackendApp
{
    public static WebApplication Build(ReferenceServerOptions options, ReferenceState state, StartupLog log, X509Certificate2? certificate)
    {
        var builder = CommonPipeline.CreateBuilder("Netra.E2E.ReferenceBackend", options.BackendUrl, state, log, certificate);
        builder.Services.AddApiRateLimits(state.RateLimits, state.Errors);
        var app = builder.Build();
        CommonPipeline.UseCommonMiddleware(app, state, TokenUse.Rest);
        app.UseApiRateLimits(state, state.RateLimits);
        app.UseWebSockets();
        app.UseRouting();
        app.MapHealthEndpoints();
        app.MapDiscoveryEndpoints();
        app.MapAgentEndpoints();
        app.MapAgentStreamEndpoint();
        app.MapAgentControlEndpoints();
        app.MapToolEndpoints();
        app.MapThreadEndpoints();
        app.MapChatEndpoints();
        app.MapProfileEndpoints();
        app.MapWebSocketEndpoint();
        return app;
    }
}
