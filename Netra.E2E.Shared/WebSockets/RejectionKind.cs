namespace Netra.E2E.Shared.WebSockets;

/// <summary>The two ways contract 5 allows a target to refuse a WebSocket.</summary>
public enum RejectionKind
{
    /// <summary>The handshake was answered 401 or 403.</summary>
    HandshakeRefused,

    /// <summary>The handshake was accepted, then one <c>error_message</c> frame and close 1008.</summary>
    ClosedAfterAccept,
}
