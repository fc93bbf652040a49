using System.Security.Cryptography;
using Netra.E2E.Load.Cli;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Load.Targeting;

/// <summary>
/// Starts the reference backend in-process for the <c>local</c> target, as the tiers' set-up does: loopback, random ports,
/// HTTPS with a pinned certificate (plain HTTP with <c>--local-http</c>), a fresh secret and bypass key for this run.
/// </summary>
internal static class EmbeddedBackend
{
    /// <summary>The heartbeat interval of the embedded backend (the tiers use the same), so a short soak sees pings.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(30);

    /// <summary>Starts it and returns the server, what the resolver needs, and the settings with the run's bypass key.</summary>
    public static async Task<(ReferenceServer, LocalBackend, E2ESettings)> StartAsync(
        E2ESettings settings, LoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);

        // The values are generated here, so they can be handed to the server; Secret.Reveal is internal to the library.
        // A configured JWT secret is not reused (unlike the tiers): this tool could only read it back through Reveal.
        var secretValue = RandomValue();
        var bypassValue = RandomValue();
        var scheme = options.LocalHttp ? "http" : "https";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartDeadline);
        var server = await ReferenceServer.StartAsync(
            new ReferenceServerOptions
            {
                JwtSecret = secretValue,
                BypassKey = bypassValue,
                BackendUrl = new Uri($"{scheme}://127.0.0.1:0"),
                AuthUrl = new Uri($"{scheme}://127.0.0.1:0"),
                Faults = FaultSet.Parse(settings.ReferenceFaults),
                WsAuthFailure = settings.ReferenceWsAuthFailure == "close" ? WsAuthFailureStyle.Close : WsAuthFailureStyle.Handshake,
                FrontendOrigin = settings.FrontendOrigin ?? TargetResolver.LocalOrigin,
                HeartbeatInterval = HeartbeatInterval,
            },
            deadline.Token).ConfigureAwait(false);
        var secret = new Secret(secretValue, "generated for the embedded backend");
        var local = new LocalBackend(server.BackendUrl, server.AuthUrl, server.WebSocketUrl, server.Certificate, secret);
        return (server, local, settings with { BypassKey = new Secret(bypassValue, "generated for the embedded backend") });
    }

    private static string RandomValue() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
