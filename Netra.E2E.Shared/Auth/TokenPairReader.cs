using Microsoft.IdentityModel.JsonWebTokens;
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
        var userId = response.Str("user.id") ?? Subject(access)
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
            AccessExpiresAt = Expiry(access) ?? DateTimeOffset.UtcNow.AddSeconds(response.Int("expires_in") ?? 0),
            Mode = mode,
        };
    }

    public static string Mode(AuthMode mode) => $"NETRA_AUTH_MODE={mode.ToString().ToLowerInvariant()}";

    public static DateTimeOffset? Expiry(string token) =>
        Parse(token) is { } jwt && jwt.TryGetPayloadValue<long>("exp", out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : null;

    private static string? Subject(string token) => Parse(token)?.Subject;

    private static JsonWebToken? Parse(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
