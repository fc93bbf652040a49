namespace Netra.E2E.Shared.Http;

/// <summary>No HTTP answer arrived: the connection failed or an attempt passed its deadline. The message is redacted.</summary>
public sealed class ApiRequestException : Exception
{
    /// <summary>Creates the exception for a call that got no answer.</summary>
    public ApiRequestException(string method, string url, int attempts, string cause, Exception? inner = null)
        : base($"{method} {url}: {cause} (after {attempts} attempt{(attempts == 1 ? string.Empty : "s")}).", inner)
    {
        Method = method;
        Url = url;
        Attempts = attempts;
    }

    /// <summary>Creates an exception with a message.</summary>
    public ApiRequestException()
        : this("?", "?", 0, "no answer")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public ApiRequestException(string message)
        : base(message) => (Method, Url) = ("?", "?");

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public ApiRequestException(string message, Exception innerException)
        : base(message, innerException) => (Method, Url) = ("?", "?");

    /// <summary>HTTP method of the call.</summary>
    public string Method { get; }

    /// <summary>URL of the call, redacted.</summary>
    public string Url { get; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; }
}
