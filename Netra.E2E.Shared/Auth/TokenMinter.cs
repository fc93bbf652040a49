using System.Text;
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

    /// <summary>An unsigned token: header <c>{"alg":"none"}</c>, the claims, and an empty signature segment.</summary>
    public static string WithoutSignature(AccessTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Handler.CreateToken(new SecurityTokenDescriptor { Claims = claims.ToPayload() });
    }
}
