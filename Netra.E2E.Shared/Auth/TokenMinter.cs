using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Auth;

/// <summary>Signs token claims locally: HS256 with a given key, or unsigned (<c>alg: none</c>). Times are exactly those of the
/// claims.</summary>
public static class TokenMinter
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>An HS256 token over <paramref name="claims"/> signed with <paramref name="secret"/> (UTF-8 bytes).</summary>
    public static string Sign(AccessTokenClaims claims, Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return SignWithKey(claims, secret.Reveal());
    }

    /// <summary>An HS256 token signed with an arbitrary key of at least 32 characters (for wrong-signature tokens).</summary>
    public static string SignWithKey(AccessTokenClaims claims, string key)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(key);
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256);
        return Handler.CreateToken(new SecurityTokenDescriptor { Claims = claims.ToPayload(), SigningCredentials = credentials });
    }

    /// <summary>
    /// A token over <paramref name="claims"/> with header <c>alg</c> <paramref name="algorithm"/> (HS256, HS384 or HS512),
    /// correctly signed with that HMAC and <paramref name="secret"/>; computed directly, so no key-size rule of the JWT
    /// library applies.
    /// </summary>
    public static string SignHmac(AccessTokenClaims claims, Secret secret, string algorithm)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(secret);
        var headerJson = JsonSerializer.Serialize(new Dictionary<string, string> { ["alg"] = algorithm, ["typ"] = "JWT" });
        var header = Base64UrlEncoder.Encode(headerJson);
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims.ToPayload()));
        var input = Encoding.ASCII.GetBytes($"{header}.{payload}");
        var key = Encoding.UTF8.GetBytes(secret.Reveal());
        var signature = algorithm switch
        {
            "HS256" => HMACSHA256.HashData(key, input),
            "HS384" => HMACSHA384.HashData(key, input),
            "HS512" => HMACSHA512.HashData(key, input),
            _ => throw new ArgumentException($"not an HMAC algorithm: {algorithm}", nameof(algorithm)),
        };
        return $"{header}.{payload}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>An unsigned token: header <c>{"alg":"none"}</c>, the claims, and an empty signature segment.</summary>
    public static string WithoutSignature(AccessTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Handler.CreateToken(new SecurityTokenDescriptor { Claims = claims.ToPayload() });
    }
}
