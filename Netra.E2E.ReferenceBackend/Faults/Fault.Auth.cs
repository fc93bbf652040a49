namespace Netra.E2E.ReferenceBackend.Faults;

/// <summary>Faults of the auth service and of token checks (contract 3), beyond the section 8 list.</summary>
internal static partial class Fault
{
    public const string RegisterAcceptsShortPassword = "register-accepts-short-password";
    public const string RegisterAcceptsMalformedEmail = "register-accepts-malformed-email";
    public const string RegisterDuplicate200 = "register-duplicate-200";
    public const string LoginUnknownEmail404 = "login-unknown-email-404";
    public const string BypassAcceptsWrongKey = "bypass-accepts-wrong-key";
    public const string ValidateAcceptsExpired = "validate-accepts-expired";
    public const string ValidateGarbage401 = "validate-garbage-401";
    public const string MeNoToken403 = "me-no-token-403";
    public const string RefreshAcceptsAccessToken = "refresh-accepts-access-token";
    public const string OAuthStateReused = "oauth-state-reused";
    public const string TokenIatFutureAccepted = "token-iat-future-accepted";
    public const string WsAcceptsWrongIssuer = "ws-accepts-wrong-issuer";
    public const string WsAcceptsRefreshToken = "ws-accepts-refresh-token";
    public const string ErrorEchoesToken = "error-echoes-token";
}
