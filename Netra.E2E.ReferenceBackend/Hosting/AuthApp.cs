using System.Security.Cryptography.X509Certificates;
using Netra.E2E.ReferenceBackend.Auth;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Builds the auth-service web application (/auth/*, health).</summary>
internal static class AuthApp
{
    public static WebApplication Build(ReferenceServerOptions options, ReferenceState state, StartupLog log, X509Certificate2? certificate)
    {
        var builder = CommonPipeline.CreateBuilder("Netra.E2E.ReferenceBackend.Auth", options.AuthUrl, state, log, certificate);
        var app = builder.Build();
        CommonPipeline.UseCommonMiddleware(app, state, TokenUse.AuthService);
        app.UseRouting();
        app.MapAuthHealthEndpoints();
        app.MapCredentialEndpoints();
        app.MapSessionEndpoints();
        app.MapBypassEndpoints();
        app.MapOAuthEndpoints();
        return app;
    }
}
