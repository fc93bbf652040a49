namespace Netra.E2E.Shared.WebSockets;

/// <summary>What one connection sends in its handshake and how the client behaves afterwards.</summary>
public sealed record WebSocketConnectOptions
{
    /// <summary>The token to send, or null for none. Default none.</summary>
    public string? Token { get; init; }

    /// <summary>Where the token goes. Default the Authorization header.</summary>
    public TokenPlacement Placement { get; init; } = TokenPlacement.AuthorizationHeader;

    /// <summary>Extra handshake headers (e.g. <c>X-Test-Type: E2E</c>, <c>Origin</c>). Default none.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Extra subprotocols to offer, after any token entries. Default none.</summary>
    public IReadOnlyList<string>? Subprotocols { get; init; }

    /// <summary>Answer each server <c>{"type":"ping"}</c> with <c>{"type":"pong"}</c> (recorded in the evidence). Default true.</summary>
    public bool AutoPong { get; init; } = true;

    /// <summary>Largest message assembled from frames; a bigger one aborts the connection. Default 4 MiB.</summary>
    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>No token (for rejection tests).</summary>
    public static WebSocketConnectOptions Anonymous { get; } = new() { Placement = TokenPlacement.None };

    /// <summary>Sends <paramref name="token"/> at <paramref name="placement"/>.</summary>
    public static WebSocketConnectOptions WithToken(string token, TokenPlacement placement = TokenPlacement.AuthorizationHeader) =>
        new() { Token = token, Placement = placement };
}
