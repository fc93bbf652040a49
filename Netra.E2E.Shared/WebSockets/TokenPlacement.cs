namespace Netra.E2E.Shared.WebSockets;

/// <summary>Where the WebSocket handshake carries the token (contract 5 names all three).</summary>
public enum TokenPlacement
{
    /// <summary><c>Authorization: Bearer &lt;jwt&gt;</c> (default).</summary>
    AuthorizationHeader,

    /// <summary>Subprotocols <c>jwt-auth</c> and <c>jwt.&lt;base64url(jwt)&gt;</c>.</summary>
    Subprotocol,

    /// <summary>Query <c>?token=&lt;jwt&gt;</c>.</summary>
    Query,

    /// <summary>No token is sent.</summary>
    None,
}
