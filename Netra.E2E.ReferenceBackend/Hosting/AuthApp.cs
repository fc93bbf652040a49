using System.Security.Cryptography.X509Certificates;
using Netra.E2E.ReferenceBackend.Auth;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Builds the auth-service web application (/auth/*, health).</summary>
internal static class AuthApp
{
    public static WebApplication Build(ReferenceServerOptions options, ReferenceState state, StartupLog log, X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Netra.E2E.ReferenceBackend.Auth" });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(log);
        builder.WebHost.UseKestrelHttpsConfiguration();
        ReferenceServer.Listen(builder, options.AuthUrl, certificate);
        builder.Services.AddSingleton(state);

        var app = builder.Build();
        app.MapAuthHealthEndpoints();
        return app;
    }
}
