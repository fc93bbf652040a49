using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>
/// The reference Netra deployment: a backend (REST + WebSocket) and an auth service, each on its own
/// Kestrel listener, sharing one in-memory state. Start with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed class ReferenceServer : IAsyncDisposable
{
    private readonly WebApplication _backend;
    private readonly WebApplication _auth;
    private readonly ReferenceState _state;

    private ReferenceServer(ReferenceServerOptions options, ReferenceState state, WebApplication backend, WebApplication auth,
        X509Certificate2? certificate)
    {
        Options = options;
        _state = state;
        _backend = backend;
        _auth = auth;
        Certificate = certificate;
        BackendUrl = ReadAddress(backend);
        AuthUrl = ReadAddress(auth);
        var wsScheme = BackendUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        WebSocketUrl = new UriBuilder(BackendUrl) { Scheme = wsScheme, Path = "/ws" }.Uri;
    }

    /// <summary>The options the server was started with.</summary>
    public ReferenceServerOptions Options { get; }

    /// <summary>Backend base address as bound (port resolved).</summary>
    public Uri BackendUrl { get; }

    /// <summary>Auth-service base address as bound (port resolved).</summary>
    public Uri AuthUrl { get; }

    /// <summary>WebSocket endpoint: the backend with ws(s) scheme and path <c>/ws</c>.</summary>
    public Uri WebSocketUrl { get; }

    /// <summary>The certificate both listeners present over HTTPS (null over plain HTTP); clients pin it.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>Starts both services; on failure throws with the captured start-up log.</summary>
    public static async Task<ReferenceServer> StartAsync(ReferenceServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionsCheck.ThrowIfInvalid(options);

        var needsTls = options.BackendUrl.Scheme == Uri.UriSchemeHttps || options.AuthUrl.Scheme == Uri.UriSchemeHttps;
        var certificate = needsTls ? SelfSignedCertificate.Create() : null;
        var state = new ReferenceState(options);
        var log = new StartupLog();
        WebApplication? backend = null;
        WebApplication? auth = null;
        try
        {
            backend = BackendApp.Build(options, state, log, certificate);
            auth = AuthApp.Build(options, state, log, certificate);
            await backend.StartAsync(cancellationToken).ConfigureAwait(false);
            await auth.StartAsync(cancellationToken).ConfigureAwait(false);
            var server = new ReferenceServer(options, state, backend, auth, certificate);
            state.Urls.Set(server.BackendUrl, server.AuthUrl, server.WebSocketUrl);
            return server;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await DisposeQuietlyAsync(backend).ConfigureAwait(false);
            await DisposeQuietlyAsync(auth).ConfigureAwait(false);
            state.Dispose();
            throw new InvalidOperationException(
                $"The reference backend failed to start: {ex.Message}{Environment.NewLine}Start-up log:{Environment.NewLine}{log.Text}",
                    ex);
        }
    }

    /// <summary>Stops both listeners and releases them.</summary>
    public async ValueTask DisposeAsync()
    {
        _state.Stop();
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _backend.StopAsync(stopTimeout.Token).ConfigureAwait(false);
        await _auth.StopAsync(stopTimeout.Token).ConfigureAwait(false);
        await _backend.DisposeAsync().ConfigureAwait(false);
        await _auth.DisposeAsync().ConfigureAwait(false);
        _state.Dispose();
        Certificate?.Dispose();
    }

    internal static void Listen(WebApplicationBuilder builder, Uri url, X509Certificate2? certificate)
    {
        builder.WebHost.UseKestrel(kestrel =>
        {
            var address = url.Host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(url.Host);
            kestrel.Listen(address, url.Port, listen =>
            {
                if (url.Scheme == Uri.UriSchemeHttps)
                {
                    listen.UseHttps(certificate!);
                }
            });
        });
    }

    private static Uri ReadAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }

    private static async ValueTask DisposeQuietlyAsync(WebApplication? app)
    {
        if (app is not null)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
