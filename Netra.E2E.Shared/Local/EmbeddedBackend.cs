using System.Security.Cryptography;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Variants;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Local;

/// <summary>
/// The reference backend started in this process for the <c>local</c> target, the one way the tiers and the load program
/// start it: loopback, free ports, HTTPS with a certificate pinned by the client (plain HTTP on request), the faults, variant
/// and WebSocket auth-failure style the settings name, and the same JWT secret and bypass key on both sides. A secret set in
/// the environment wins (contract 1.1); otherwise each start generates a fresh secret and bypass key, which leave this class
/// only inside <see cref="Secret"/> values, so no caller ever holds them as text.
/// </summary>
public sealed class EmbeddedBackend : IAsyncDisposable
{
    /// <summary>How long starting may take (both listeners bound), within the caller's token.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly ReferenceServer _server;

    private EmbeddedBackend(ReferenceServer server, LocalBackend local, E2ESettings settings) =>
        (_server, Local, Settings) = (server, local, settings);

    /// <summary>What the target resolver needs: URLs, the certificate to pin and the secret.</summary>
    public LocalBackend Local { get; }

    /// <summary>The settings it was started from, with this backend's bypass key.</summary>
    public E2ESettings Settings { get; }

    /// <summary>Starts it within <see cref="StartTimeout"/> and the token.</summary>
    public static async Task<EmbeddedBackend> StartAsync(E2ESettings settings, EmbeddedBackendOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        options ??= new EmbeddedBackendOptions();
        var secret = JwtSecretResolver.Resolve(settings.Layers, targetDefault: null).Secret ?? Generated();
        var bypass = settings.BypassKey ?? Generated();
        var scheme = options.PlainHttp ? "http" : "https";
        var serverOptions = new ReferenceServerOptions
        {
            JwtSecret = secret.Reveal(),
            BypassKey = bypass.Reveal(),
            BackendUrl = new Uri($"{scheme}://127.0.0.1:0"),
            AuthUrl = new Uri($"{scheme}://127.0.0.1:0"),
            Faults = FaultSet.Parse(settings.ReferenceFaults),
            Variant = settings.ReferenceVariant == "alternate" ? ReferenceVariant.Alternate : ReferenceVariant.Standard,
            WsAuthFailure = settings.ReferenceWsAuthFailure == "close" ? WsAuthFailureStyle.Close : WsAuthFailureStyle.Handshake,
            FrontendOrigin = settings.FrontendOrigin ?? TargetResolver.LocalOrigin,
            HeartbeatInterval = options.HeartbeatInterval,
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartTimeout);
        var server = await ReferenceServer.StartAsync(serverOptions, deadline.Token).ConfigureAwait(false);
        var local = new LocalBackend(server.BackendUrl, server.AuthUrl, server.WebSocketUrl, server.Certificate, secret);
        return new EmbeddedBackend(server, local, settings with { BypassKey = bypass });
    }

    /// <summary>Stops both listeners.</summary>
    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static Secret Generated() =>
        new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), "generated for the embedded backend");
}

/// <summary>How to start an <see cref="EmbeddedBackend"/> beyond what the settings say.</summary>
public sealed record EmbeddedBackendOptions
{
    /// <summary>
    /// The server's ping interval. Default 2 s: short enough that the heartbeat test and a short soak see server pings within
    /// their deadlines (a deployed backend keeps its own, 25 s by the contract's default).
    /// </summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Plain HTTP instead of HTTPS, for side-by-side runs with clients that do not pin a certificate.</summary>
    public bool PlainHttp { get; init; }
}
