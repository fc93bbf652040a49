using System.Buffers.Text;
using System.Text;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// Where the handshake's token came from, in contract 5 priority: <c>Authorization: Bearer</c>, a
/// <c>jwt.&lt;base64url&gt;</c> subprotocol, then <c>?token=</c>. <see cref="Malformed"/> when one was sent unreadably.
/// </summary>
internal sealed record WsTokenSource(string? Token, bool Malformed)
{
    public const string JwtAuthProtocol = "jwt-auth";
    private const string JwtProtocolPrefix = "jwt.";

    public static WsTokenSource From(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
                ? new WsTokenSource(authorization[7..].Trim(), false)
                : new WsTokenSource(null, true);
        }

        foreach (var protocol in context.WebSockets.WebSocketRequestedProtocols)
        {
            if (protocol.StartsWith(JwtProtocolPrefix, StringComparison.Ordinal))
            {
                return Decode(protocol[JwtProtocolPrefix.Length..]);
            }
        }

        var query = context.Request.Query["token"].ToString();
        return query.Length > 0 ? new WsTokenSource(query, false) : new WsTokenSource(null, false);
    }

    private static WsTokenSource Decode(string encoded)
    {
        var bytes = new byte[Base64Url.GetMaxDecodedLength(encoded.Length)];
        if (Base64Url.DecodeFromChars(encoded, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != encoded.Length || written == 0)
        {
            return new WsTokenSource(null, true);
        }

        return new WsTokenSource(Encoding.UTF8.GetString(bytes, 0, written), false);
    }
}
