namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>The handshake's verdict: a user id, or an error code NO_TOKEN | INVALID_FORMAT | VALIDATION_FAILED.</summary>
internal sealed record WsAuthResult(string? UserId, string? ErrorCode, string? Message)
{
    public static WsAuthResult Accept(string userId) => new(userId, null, null);

    public static WsAuthResult Reject(string code, string message) => new(null, code, message);
}
