namespace Netra.E2E.Shared.Network;

/// <summary>The preflight could not reach a service of the target; the message names the host and the cause.</summary>
public sealed class TargetUnreachableException : Exception
{
    /// <summary>Creates the exception for one endpoint.</summary>
    public TargetUnreachableException(Uri endpoint, UnreachableCause cause, string detail, Exception? inner = null)
        : base($"Target unreachable: {endpoint.Host}:{endpoint.Port} ({endpoint.Scheme}) — {Describe(cause)}: {detail}", inner)
    {
        Endpoint = endpoint;
        Cause = cause;
    }

    /// <summary>Creates an exception with a message.</summary>
    public TargetUnreachableException()
        : this(new Uri("http://unknown"), UnreachableCause.Network, "unknown")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public TargetUnreachableException(string message)
        : base(message) => Endpoint = new Uri("http://unknown");

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public TargetUnreachableException(string message, Exception innerException)
        : base(message, innerException) => Endpoint = new Uri("http://unknown");

    /// <summary>The endpoint that failed.</summary>
    public Uri Endpoint { get; }

    /// <summary>Why it failed.</summary>
    public UnreachableCause Cause { get; }

    private static string Describe(UnreachableCause cause) => cause switch
    {
        UnreachableCause.Dns => "DNS lookup failed",
        UnreachableCause.Refused => "connection refused",
        UnreachableCause.Tls => "TLS handshake failed",
        UnreachableCause.Timeout => "timed out",
        _ => "network error",
    };
}
