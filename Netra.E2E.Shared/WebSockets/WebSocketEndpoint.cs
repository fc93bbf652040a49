using System.Security.Cryptography.X509Certificates;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Network;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>Where to connect and how long each step may take. <see cref="For"/> derives it from a target.</summary>
/// <param name="Url">The WebSocket URL (ws or wss).</param>
public sealed record WebSocketEndpoint(Uri Url)
{
    /// <summary>The only certificate trusted for wss (see <see cref="TlsTrust"/>); null means system trust. Default null.</summary>
    public X509Certificate2? PinnedCertificate { get; init; }

    /// <summary>Certificates trusted besides the system store (<c>NETRA_E2E_CA_CERT</c>); null when none.</summary>
    public X509Certificate2Collection? CustomTrust { get; init; }

    /// <summary>Deadline of the handshake, and of the server's refusal after an accepted handshake. Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline of one send. Default 10 s.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline of the close handshake before the socket is aborted. Default 2 s.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The target's WebSocket URL, pinned certificate, connect timeout and request timeout (for sends).</summary>
    public static WebSocketEndpoint For(NetraTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new WebSocketEndpoint(target.WebSocketUrl)
        {
            PinnedCertificate = target.PinnedCertificate,
            CustomTrust = target.CustomTrust,
            ConnectTimeout = target.Settings.ConnectTimeout,
            SendTimeout = target.Settings.RequestTimeout,
        };
    }
}
