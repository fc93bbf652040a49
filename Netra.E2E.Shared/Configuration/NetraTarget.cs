using System.Security.Cryptography.X509Certificates;

namespace Netra.E2E.Shared.Configuration;

/// <summary>A resolved deployment: where each service is, which certificate to trust, which secret mints tokens.</summary>
public sealed record NetraTarget
{
    /// <summary>The kind of target.</summary>
    public required TargetKind Kind { get; init; }

    /// <summary>Backend base URL (REST).</summary>
    public required Uri BackendUrl { get; init; }

    /// <summary>Auth-service base URL.</summary>
    public required Uri AuthUrl { get; init; }

    /// <summary>WebSocket endpoint.</summary>
    public required Uri WebSocketUrl { get; init; }

    /// <summary>The frontend origin that CORS must allow.</summary>
    public required string FrontendOrigin { get; init; }

    /// <summary>The only certificate trusted for TLS (the embedded backend's); null means normal chain validation.</summary>
    public X509Certificate2? PinnedCertificate { get; init; }

    /// <summary>Certificates trusted besides the system store (from <c>NETRA_E2E_CA_CERT</c>); null when none.</summary>
    public X509Certificate2Collection? CustomTrust { get; init; }

    /// <summary>The secret for locally minted tokens, resolved per contract 1.1.</summary>
    public required JwtSecretResolution JwtSecret { get; init; }

    /// <summary>The run's settings.</summary>
    public required E2ESettings Settings { get; init; }

    /// <summary>The environment name the target is expected to report in <c>/api/config/public</c>.</summary>
    public string ExpectedEnvironment => Kind switch
    {
        TargetKind.Local => "local",
        TargetKind.Staging => "staging",
        _ => Settings.ExpectedEnvironment ?? "staging",
    };

    /// <summary>How TLS peers are trusted, for the run header.</summary>
    public string TlsDescription =>
        PinnedCertificate is not null
            ? "pinned " + PinnedCertificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)[..16]
            : CustomTrust is { Count: > 0 } custom ? $"system trust + {custom.Count} certificate(s) of NETRA_E2E_CA_CERT"
            : "system trust";

    /// <summary>True when every service is reached over plain HTTP/WS, so TLS checks cannot apply.</summary>
    public bool IsPlainHttp =>
        BackendUrl.Scheme == Uri.UriSchemeHttp && AuthUrl.Scheme == Uri.UriSchemeHttp && WebSocketUrl.Scheme == "ws";

    /// <summary>Describes the endpoints (no secrets) for the run header.</summary>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()}: backend {BackendUrl}, auth {AuthUrl}, websocket {WebSocketUrl}, origin {FrontendOrigin}, " +
        $"tls {TlsDescription}, " +
        $"jwt secret {JwtSecret}";
}
