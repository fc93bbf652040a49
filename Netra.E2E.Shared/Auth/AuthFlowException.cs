namespace Netra.E2E.Shared.Auth;

/// <summary>The configured auth mode failed; the suite never falls back to another mode. The message is redacted.</summary>
public sealed class AuthFlowException : Exception
{
    /// <summary>Creates the exception with a message naming the mode, the call and the answer.</summary>
    public AuthFlowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public AuthFlowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an empty exception.</summary>
    public AuthFlowException()
        : base("The auth flow failed.")
    {
    }
}
