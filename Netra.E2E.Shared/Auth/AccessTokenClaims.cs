namespace Netra.E2E.Shared.Auth;

/// <summary>The claims of a Netra token (contract 3.2), each one overridable so a test token can carry exactly one defect.</summary>
public sealed record AccessTokenClaims
{
    /// <summary>Issuer every valid token carries.</summary>
    public const string ValidIssuer = "netra-auth-service";

    /// <summary>Audience every valid token carries.</summary>
    public const string ValidAudience = "netra-platform";

    /// <summary><c>sub</c>: the user id.</summary>
    public required string Subject { get; init; }

    /// <summary><c>email</c>.</summary>
    public required string Email { get; init; }

    /// <summary><c>permissions</c>. Default read and write.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = ["read", "write"];

    /// <summary><c>iat</c>. Default now.</summary>
    public DateTimeOffset IssuedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary><c>exp</c>. Default 30 minutes from now.</summary>
    public DateTimeOffset ExpiresAt { get; init; } = DateTimeOffset.UtcNow.AddMinutes(30);

    /// <summary><c>token_type</c> and <c>type</c>. Default "access".</summary>
    public string TokenType { get; init; } = "access";

    /// <summary><c>iss</c>. Default <see cref="ValidIssuer"/>.</summary>
    public string Issuer { get; init; } = ValidIssuer;

    /// <summary><c>aud</c>. Default <see cref="ValidAudience"/>.</summary>
    public string Audience { get; init; } = ValidAudience;

    /// <summary><c>jti</c>. Default a new GUID.</summary>
    public string TokenId { get; init; } = Guid.NewGuid().ToString();

    /// <summary><c>env</c>: the target's environment name. Default "local".</summary>
    public string Environment { get; init; } = "local";

    /// <summary>The claims as the JWT payload carries them.</summary>
    public IDictionary<string, object> ToPayload() => new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["sub"] = Subject,
        ["email"] = Email,
        ["permissions"] = Permissions.ToArray(),
        ["iat"] = IssuedAt.ToUnixTimeSeconds(),
        ["exp"] = ExpiresAt.ToUnixTimeSeconds(),
        ["token_type"] = TokenType,
        ["type"] = TokenType,
        ["iss"] = Issuer,
        ["aud"] = Audience,
        ["jti"] = TokenId,
        ["env"] = Environment,
    };
}
