using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>A <see cref="NetraTarget"/> pointing every service at a loopback server, with chosen mode and secrets.</summary>
public static class LoopbackTarget
{
    public static NetraTarget For(LoopbackServer server, AuthMode mode, string? jwtSecret, string? bypassKey)
    {
        ArgumentNullException.ThrowIfNull(server);
        var layers = new SettingsLayers(_ => null);
        var settings = new E2ESettings
        {
            Layers = layers,
            AuthMode = mode,
            BypassKey = bypassKey is null ? null : new Secret(bypassKey, "E2E_BYPASS_KEY"),
            RequestTimeout = TimeSpan.FromSeconds(2),
            ConnectTimeout = TimeSpan.FromSeconds(2),
        };
        return new NetraTarget
        {
            Kind = TargetKind.Local,
            BackendUrl = server.BaseUrl,
            AuthUrl = server.BaseUrl,
            WebSocketUrl = server.WebSocketUrl,
            FrontendOrigin = "http://localhost:3000",
            JwtSecret = JwtSecretResolver.Resolve(layers, jwtSecret is null ? null : new Secret(jwtSecret, "loopback backend")),
            Settings = settings,
        };
    }
}
