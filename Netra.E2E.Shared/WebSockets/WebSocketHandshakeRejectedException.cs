using NUnit.Framework;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>The server answered the WebSocket handshake with an HTTP status other than 101.</summary>
public sealed class WebSocketHandshakeRejectedException : AssertionException
{
    /// <summary>Creates the rejection with the status and headers the server sent.</summary>
    public WebSocketHandshakeRejectedException(string url, int status, IReadOnlyDictionary<string, string> headers, Exception? inner)
        : base($"The WebSocket handshake to {url} was refused with HTTP {status} (expected 101 Switching Protocols).", inner!)
    {
        Status = status;
        Headers = headers;
    }

    /// <summary>The HTTP status of the refusal.</summary>
    public int Status { get; }

    /// <summary>The response headers (values joined, secrets redacted).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }
}
