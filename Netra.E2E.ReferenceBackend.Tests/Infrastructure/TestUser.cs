namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>A user a test owns, with its token pair.</summary>
internal sealed record TestUser(string UserId, string Email, string AccessToken, string RefreshToken);
