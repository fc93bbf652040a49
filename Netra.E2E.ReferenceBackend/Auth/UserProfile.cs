namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>The profile shape of <c>GET /api/users/profile</c> (contract 4).</summary>
internal sealed record UserProfile(string UserId, string Email, string Name, string? AvatarUrl, string? Website);
