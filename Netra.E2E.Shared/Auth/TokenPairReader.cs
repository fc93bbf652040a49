using System.Buffers.Text;
using System.Text.Json;
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
        Claims(token) is { Expiry: { } exp } ? DateTimeOffset.FromUnixTimeSeconds(exp) : null;

    private static string? Subject(string token) => Claims(token)?.Subject;

    /// <summary>
    /// The <c>exp</c> (an integer) and <c>sub</c> (a string) claims of <paramref name="token"/>, read without validating it (the
    /// suite reads the tokens the target gave it); null when the token is not three dot-separated base64url segments whose
    /// first two are JSON objects.
    /// </summary>
    private static (long? Expiry, string? Subject)? Claims(string token)
    {
        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second < 0 || token.IndexOf('.', second + 1) >= 0
            || Segment(token.AsSpan(0, first)) is null || Segment(token.AsSpan(first + 1, second - first - 1)) is not { } payload)
        {
            return null;
        }

        long? expiry = null;
        string? subject = null;
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var (isExp, isSub) = (reader.ValueTextEquals("exp"u8), reader.ValueTextEquals("sub"u8));
            reader.Read();
            if (isExp)
            {
                expiry = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds) ? seconds : null;
            }
            else if (isSub)
            {
                subject = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return (expiry, subject);
    }

    // A segment's JSON object (checked whole), or null.
    private static byte[]? Segment(ReadOnlySpan<char> base64Url)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(base64Url);
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            reader.Skip();
            return reader.Read() ? null : bytes;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
