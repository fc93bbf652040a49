using System.Buffers.Text;
using System.Text;

namespace Netra.E2E.Shared.Auth;

/// <summary>How a token travels: the HTTP header, and the WebSocket subprotocol entries of contract 5.</summary>
public static class AuthHeaders
{
    /// <summary>The subprotocol the server selects when offered (contract 5).</summary>
    public const string JwtAuthSubprotocol = "jwt-auth";

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> as a header dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Bearer(string token) =>
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = $"Bearer {token}" };

    /// <summary><c>jwt.&lt;base64url(token) without padding&gt;</c>.</summary>
    public static string TokenSubprotocol(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return "jwt." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>The subprotocols a client offers to carry <paramref name="token"/>: <c>jwt-auth</c> and the token entry.</summary>
    public static IReadOnlyList<string> WebSocketSubprotocols(string token) => [JwtAuthSubprotocol, TokenSubprotocol(token)];
}
