using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>Tokens minted by the test itself, each one claim or one signature away from valid.</summary>
internal static class TestTokens
{
    public static JsonObject Claims(string sub, TimeSpan? lifetime = null, DateTimeOffset? issuedAt = null, string tokenType = "access")
    {
        var iat = (issuedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        return new JsonObject
        {
            ["sub"] = sub,
            ["email"] = sub + "@netra.test",
            ["permissions"] = new JsonArray("read", "write"),
            ["iat"] = iat,
            ["exp"] = iat + (long)(lifetime ?? TimeSpan.FromMinutes(30)).TotalSeconds,
            ["token_type"] = tokenType,
            ["type"] = tokenType,
            ["iss"] = "netra-auth-service",
            ["aud"] = "netra-platform",
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["env"] = "local",
        };
    }

    public static string Sign(JsonObject claims, string secret = TestServers.JwtSecret, string algorithm = SecurityAlgorithms.HmacSha256)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }
            .CreateToken(claims.ToJsonString(), new SigningCredentials(key, algorithm));
    }

    public static string Valid(string sub) => Sign(Claims(sub));

    /// <summary>Expired a minute ago (issued 31 minutes ago).</summary>
    public static string Expired(string sub) =>
        Sign(Claims(sub, TimeSpan.FromMinutes(30), DateTimeOffset.UtcNow.AddMinutes(-31)));

    public static string WrongSignature(string sub) => Sign(Claims(sub), "a-completely-different-secret-0123456789");

    /// <summary><c>alg: none</c> with an empty signature.</summary>
    public static string Unsigned(string sub)
    {
        static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return Encode("""{"alg":"none","typ":"JWT"}""") + "." + Encode(Claims(sub).ToJsonString()) + ".";
    }

    public static string WithClaim(string sub, string name, JsonNode? value)
    {
        var claims = Claims(sub);
        claims[name] = value;
        return Sign(claims);
    }
}
