using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>Signs access and refresh tokens with exactly the claims of contract 3.2 (HS256).</summary>
internal sealed class TokenIssuer(JwtSettings settings)
{
    public static readonly string[] DefaultPermissions = ["read", "write"];

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials = new(settings.Key, SecurityAlgorithms.HmacSha256);

    public TokenPair IssuePair(UserRecord user) => IssuePair(user, CreateRefresh(user.Id, user.Email));

    /// <summary>A pair whose refresh token is given (the <c>refresh-reusable</c> fault hands back the old one).</summary>
    public TokenPair IssuePair(UserRecord user, string refreshToken) => new(
        CreateAccess(user.Id, user.Email),
        refreshToken,
        "Bearer",
        (int)settings.AccessLifetime.TotalSeconds,
        new TokenPairUser(user.Id, user.Email, user.Name));

    public string CreateAccess(string userId, string email) => Create(userId, email, "access", settings.AccessLifetime);

    public string CreateRefresh(string userId, string email) => Create(userId, email, "refresh", settings.RefreshLifetime);

    private string Create(string userId, string email, string tokenType, TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["sub"] = userId,
            ["email"] = email,
            ["permissions"] = new JsonArray([.. DefaultPermissions.Select(p => JsonValue.Create(p))]),
            ["iat"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
            ["token_type"] = tokenType,
            ["type"] = tokenType,
            ["iss"] = JwtSettings.Issuer,
            ["aud"] = JwtSettings.Audience,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["env"] = settings.Environment,
        };
        return _handler.CreateToken(payload.ToJsonString(), _credentials);
    }
}
