namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>The token-pair answer of register, login, refresh and test-auth (contract 3).</summary>
internal sealed record TokenPair(string AccessToken, string RefreshToken, string TokenType, int ExpiresIn, TokenPairUser User);
