namespace Netra.E2E.Shared.Network;

/// <summary>Why a target could not be reached.</summary>
public enum UnreachableCause
{
    /// <summary>The host name did not resolve.</summary>
    Dns,

    /// <summary>The TCP connection was refused or reset.</summary>
    Refused,

    /// <summary>The TLS handshake failed (untrusted or mismatched certificate, protocol).</summary>
    Tls,

    /// <summary>No answer within the preflight deadline.</summary>
    Timeout,

    /// <summary>Any other network error (unreachable network, ...).</summary>
    Network,
}
