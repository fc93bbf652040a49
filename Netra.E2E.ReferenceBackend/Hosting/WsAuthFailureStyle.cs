namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>How the WebSocket endpoint refuses a bad or missing token (contract 5: both are allowed).</summary>
public enum WsAuthFailureStyle
{
    /// <summary>The upgrade is refused with HTTP 403.</summary>
    Handshake,

    /// <summary>The upgrade is accepted, one error_message frame is sent, then the socket closes with 1008.</summary>
    Close,
}
