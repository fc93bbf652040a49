namespace Netra.E2E.Shared.WebSockets;

/// <summary>No handshake answer: connection refused, TLS failure, or the connect deadline passed. The message names the cause.</summary>
public sealed class WebSocketConnectException : Exception
{
    /// <summary>Creates the exception with a message naming URL and cause.</summary>
    public WebSocketConnectException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public WebSocketConnectException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an empty exception.</summary>
    public WebSocketConnectException()
        : base("The WebSocket connect failed.")
    {
    }
}
