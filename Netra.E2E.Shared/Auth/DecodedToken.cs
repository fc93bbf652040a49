using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Auth;

/// <summary>
/// What a token issued by the target says about itself (contract 3.2), read without checking its signature: the header's
/// algorithm and the payload's claims, typed. For assertions on what the auth service issues; the token itself is never
/// kept, and <see cref="ToString"/> shows the decoded header and payload, which carry no secret.
/// </summary>
public sealed class DecodedToken
{
    private readonly JsonElement? _header;
    private readonly JsonElement? _payload;

    private DecodedToken(int segments, JsonElement? header, JsonElement? payload) =>
        (Segments, _header, _payload) = (segments, header, payload);

    /// <summary>How many dot-separated parts the token has (3 for a JWS in compact form).</summary>
    public int Segments { get; }

    /// <summary>The header's <c>alg</c>.</summary>
    public string? Algorithm => _header.Str("alg");

    /// <summary><c>sub</c>.</summary>
    public string? Subject => _payload.Str("sub");

    /// <summary><c>email</c>.</summary>
    public string? Email => _payload.Str("email");

    /// <summary><c>token_type</c>.</summary>
    public string? TokenType => _payload.Str("token_type");

    /// <summary><c>type</c>.</summary>
    public string? Type => _payload.Str("type");

    /// <summary><c>iss</c>.</summary>
    public string? Issuer => _payload.Str("iss");

    /// <summary><c>jti</c>.</summary>
    public string? TokenId => _payload.Str("jti");

    /// <summary><c>aud</c> as a list: one string or a list of them (RFC 7519 allows both); a non-string item is null.</summary>
    public IReadOnlyList<string?> Audiences => _payload.Get("aud") switch
    {
        { ValueKind: JsonValueKind.Array } list => [.. list.EnumerateArray().Select(Text)],
        { } single => [Text(single)],
        null => [],
    };

    /// <summary><c>iat</c> in seconds, when it is a number.</summary>
    public double? IssuedAtSeconds => _payload.Number("iat");

    /// <summary><c>exp</c> in seconds, when it is a number.</summary>
    public double? ExpiresAtSeconds => _payload.Number("exp");

    /// <summary><c>exp</c> as an instant, when it is a whole number of seconds.</summary>
    public DateTimeOffset? ExpiresAt => _payload.Int("exp") is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    /// <summary>Whether the header and the payload both decode to JSON objects.</summary>
    public bool HasObjectParts => _header is { ValueKind: JsonValueKind.Object } && _payload is { ValueKind: JsonValueKind.Object };

    /// <summary><c>iat</c> as an instant.</summary>
    public DateTimeOffset? IssuedAt => _payload.Time("iat");

    /// <summary>Whether the payload has the claim at all (any value, null included).</summary>
    public bool Has(string claim) => _payload.Get(claim) is not null;

    /// <summary>Whether the claim is a JSON number (a NumericDate).</summary>
    public bool IsNumber(string claim) => _payload.Get(claim)?.ValueKind == JsonValueKind.Number;

    /// <summary>Whether the claim is a JSON list.</summary>
    public bool IsList(string claim) => _payload.Get(claim)?.ValueKind == JsonValueKind.Array;

    /// <summary>Decodes <paramref name="token"/>; a part that is not base64url JSON reads as absent.</summary>
    public static DecodedToken Read(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        return new DecodedToken(parts.Length, Part(parts, 0), Part(parts, 1));
    }

    /// <summary>"header {…}, payload {…}": the decoded parts, for failure messages.</summary>
    public override string ToString() => $"header {Show(_header)}, payload {Show(_payload)}";

    private static JsonElement? Part(string[] parts, int index)
    {
        if (parts.Length <= index)
        {
            return null;
        }

        try
        {
            return JsonAccess.TryParse(Base64UrlEncoder.Decode(parts[index]));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Show(JsonElement? element) => element?.GetRawText() ?? "(not JSON)";
}
