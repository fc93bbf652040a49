using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Auth;

/// <summary>Turns a token-pair answer (contract 3) into a <see cref="TestUser"/>, or fails naming what was missing.</summary>
internal static class TokenPairReader
{
    public static TestUser Read(ApiResponse response, AuthMode mode, string email, string name, Secret? password, string step)
    {
        var access = response.Str("access_token")
            ?? throw new AuthFlowException($"{Mode(mode)}: {step} answered without access_token: {response.Describe()}");
        var claims = Claims(access);
        var userId = response.Str("user.id") ?? claims?.Subject
            ?? throw new AuthFlowException($"{Mode(mode)}: {step} answered without user.id and the token has no sub: " +
                $"{response.Describe()}");
        return new TestUser
        {
            UserId = userId,
            Email = response.Str("user.email") ?? email,
            Name = response.Str("user.name") ?? name,
            Password = password,
            AccessToken = access,
            RefreshToken = response.Str("refresh_token"),
            AccessExpiresAt = claims?.ExpiresAt ?? DateTimeOffset.UtcNow.AddSeconds(response.Int("expires_in") ?? 0),
            Mode = mode,
        };
    }

    public static string Mode(AuthMode mode) => $"NETRA_AUTH_MODE={mode.ToString().ToLowerInvariant()}";

    public static DateTimeOffset? Expiry(string token) => Claims(token)?.ExpiresAt;

    // The claims of a JWS the target issued (three parts whose header and payload are JSON objects), read without checking
    // its signature; null for anything else.
    private static DecodedToken? Claims(string token) =>
        DecodedToken.Read(token) is { Segments: 3, HasObjectParts: true } decoded ? decoded : null;
}
