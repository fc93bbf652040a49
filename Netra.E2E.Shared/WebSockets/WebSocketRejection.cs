using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>How the target refused a WebSocket connection.</summary>
/// <param name="Kind">Handshake refusal or close after accept.</param>
/// <param name="HandshakeStatus">401/403 when refused, 101 when accepted.</param>
/// <param name="CloseStatus">1008 after accept, else null.</param>
/// <param name="ErrorCode">The <c>error_code</c> of the error frame (NO_TOKEN, INVALID_FORMAT, VALIDATION_FAILED), else null.</param>
/// <param name="ErrorFrame">The <c>error_message</c> frame, else null.</param>
public sealed record WebSocketRejection(RejectionKind Kind, int HandshakeStatus, int? CloseStatus, string? ErrorCode,
    ReceivedFrame? ErrorFrame)
{
    /// <summary>"handshake refused with HTTP 403" or "accepted, then error_message VALIDATION_FAILED and close 1008".</summary>
    public override string ToString() => Kind == RejectionKind.HandshakeRefused
        ? $"handshake refused with HTTP {HandshakeStatus}"
        : $"accepted, then error_message {ErrorCode} and close {CloseStatus}";
}
