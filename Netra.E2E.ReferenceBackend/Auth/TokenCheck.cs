namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>The outcome of validating a token: the user, or a short machine-readable reason.</summary>
internal sealed record TokenCheck(AuthenticatedUser? User, string? Error)
{
    public bool IsValid => User is not null;

    public static TokenCheck Valid(AuthenticatedUser user) => new(user, null);

    public static TokenCheck Invalid(string reason) => new(null, reason);
}
