namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>What a validated token says about its bearer.</summary>
internal sealed record AuthenticatedUser(string UserId, string Email, IReadOnlyList<string> Permissions, string TokenId,
    DateTime ExpiresAt);
