namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>The <c>user</c> object inside a token pair.</summary>
internal sealed record TokenPairUser(string Id, string Email, string Name);
