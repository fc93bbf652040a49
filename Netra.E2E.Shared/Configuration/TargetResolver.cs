
namespace Netra.E2E.Shared.Configuration;

/// <summary>Turns settings into a <see cref="NetraTarget"/>: the target's default URLs under per-variable overrides.</summary>
public static class TargetResolver
{
    /// <summary>The staging deployment (contract 1 table).</summary>
    public static readonly (Uri Backend, Uri Auth, Uri WebSocket, string Origin) Staging = (
        new Uri("https://api.staging.netrasystems.ai"),
        new Uri("https://auth.staging.netrasystems.ai"),
        new Uri("wss://api.staging.netrasystems.ai/ws"),
        "https://app.staging.netrasystems.ai");

    /// <summary>Default frontend origin of the local target.</summary>
    public const string LocalOrigin = "http://localhost:3000";

    /// <summary>
    /// Resolves a remote target (staging or custom), or a local one when <paramref name="local"/> describes the
    /// started embedded backend (its URLs, certificate and secret).
    /// </summary>
    public static NetraTarget Resolve(E2ESettings settings, LocalBackend? local = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        (Uri Backend, Uri Auth, Uri? WebSocket, string Origin) defaults = settings.Target switch
        {
            TargetKind.Local => local is null
                ? throw new InvalidOperationException("The local target needs the started reference backend.")
                : (local.BackendUrl, local.AuthUrl, local.WebSocketUrl, LocalOrigin),
            TargetKind.Staging => Staging,
            _ => (settings.BackendUrl!, settings.AuthUrl!, null, LocalOrigin),
        };

        var backend = settings.BackendUrl ?? defaults.Backend;
        var webSocket = settings.WebSocketUrl ?? defaults.WebSocket ?? DeriveWebSocket(backend);
        return new NetraTarget
        {
            Kind = settings.Target,
            BackendUrl = backend,
            AuthUrl = settings.AuthUrl ?? defaults.Auth,
            WebSocketUrl = webSocket,
            FrontendOrigin = settings.FrontendOrigin ?? defaults.Origin,
            PinnedCertificate = local?.Certificate,
            CustomTrust = CaCertificates.LoadPem(settings.CaCertificateFile),
            JwtSecret = JwtSecretResolver.Resolve(settings.Layers, local?.JwtSecret),
            Settings = settings,
        };
    }

    /// <summary>The backend URL with ws(s) scheme and path <c>/ws</c>.</summary>
    public static Uri DeriveWebSocket(Uri backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var scheme = backend.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return new UriBuilder(backend) { Scheme = scheme, Path = backend.AbsolutePath.TrimEnd('/') + "/ws" }.Uri;
    }
}
