using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Auth;

/// <summary>
/// A user the test owns: identity, credentials (password only in register mode) and its current token pair.
/// <see cref="ToString"/> prints no secret. Refreshing returns a new instance with the new pair.
/// </summary>
public sealed record TestUser
{
    /// <summary>The user id (the access token's <c>sub</c>).</summary>
    public required string UserId { get; init; }

    /// <summary>The unique e-mail address, <c>e2e-...@netra-e2e.test</c>.</summary>
    public required string Email { get; init; }

    /// <summary>The display name sent at creation.</summary>
    public required string Name { get; init; }

    /// <summary>The password (register mode), or null when the mode has none.</summary>
    public Secret? Password { get; init; }

    /// <summary>The current access token.</summary>
    public required string AccessToken { get; init; }

    /// <summary>The current refresh token, or null when the target issued none.</summary>
    public string? RefreshToken { get; init; }

    /// <summary>When <see cref="AccessToken"/> expires (its <c>exp</c>, else now + <c>expires_in</c>).</summary>
    public required DateTimeOffset AccessExpiresAt { get; init; }

    /// <summary>How the user was obtained.</summary>
    public required AuthMode Mode { get; init; }

    /// <summary>E-mail, id, mode and the access token's fingerprint; no secret.</summary>
    public override string ToString() =>
        $"{Email} (id {UserId}, {Mode.ToString().ToLowerInvariant()}, access sha256:{Secret.FingerprintOf(AccessToken)}, expires " +
            $"{AccessExpiresAt:O})";
}
