using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// The one token check of contract 3.2, used by REST, the WebSocket handshake, /auth/validate and /auth/refresh.
/// Rejects a bad signature, an algorithm other than HS256 (none included), expiry, <c>iat</c> more than 60 s
/// ahead, a wrong issuer or audience, the wrong <c>token_type</c>, and revoked tokens. Home of the claim faults
/// (<c>token-iat-future-accepted</c>, <c>ws-accepts-refresh-token</c>, <c>refresh-accepts-access-token</c>).
/// </summary>
internal sealed class TokenValidator
{
    private static readonly TimeSpan FutureIatTolerance = TimeSpan.FromSeconds(60);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly RevokedTokens _revoked;
    private readonly TokenParameters _parameters;
    private readonly FaultSet _faults;

    public TokenValidator(JwtSettings settings, RevokedTokens revoked, FaultSet faults)
    {
        _revoked = revoked;
        _faults = faults;
        _parameters = new TokenParameters(settings, faults);
    }

    public async Task<TokenCheck> ValidateAsync(string? token, TokenUse use, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Invalid("missing_token");
        }

        if (!_handler.CanReadToken(token))
        {
            return TokenCheck.Invalid("malformed_token");
        }

        var result = await _handler.ValidateTokenAsync(token, _parameters.For(use));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return TokenCheck.Invalid(Reason(result.Exception));
        }

        return CheckClaims(jwt, use);
    }

    private TokenCheck CheckClaims(JsonWebToken jwt, TokenUse use)
    {
        if (jwt.IssuedAt == DateTime.MinValue)
        {
            return TokenCheck.Invalid("missing_iat");
        }

        if (jwt.IssuedAt > DateTime.UtcNow + FutureIatTolerance && !_faults.Has(Fault.TokenIatFutureAccepted))
        {
            return TokenCheck.Invalid("issued_in_future");
        }

        var expectedType = use == TokenUse.Refresh ? "refresh" : "access";
        if (!jwt.TryGetPayloadValue<string>("token_type", out var tokenType) || (tokenType != expectedType && !WrongTypeAccepted(use)))
        {
            return TokenCheck.Invalid("wrong_token_type");
        }

        if (string.IsNullOrEmpty(jwt.Subject) || string.IsNullOrEmpty(jwt.Id))
        {
            return TokenCheck.Invalid("missing_claims");
        }

        if (use != TokenUse.Refresh && _revoked.IsRevoked(jwt.Id))
        {
            return TokenCheck.Invalid("token_revoked");
        }

        jwt.TryGetPayloadValue<string>("email", out var email);
        jwt.TryGetPayloadValue<string[]>("permissions", out var permissions);
        return TokenCheck.Valid(new AuthenticatedUser(jwt.Subject, email ?? string.Empty, permissions ?? [], jwt.Id, jwt.ValidTo));
    }

    /// <summary>The <c>ws-accepts-refresh-token</c> and <c>refresh-accepts-access-token</c> faults: the type check skipped.</summary>
    private bool WrongTypeAccepted(TokenUse use) =>
        (use == TokenUse.WebSocket && _faults.Has(Fault.WsAcceptsRefreshToken))
        || (use == TokenUse.Refresh && _faults.Has(Fault.RefreshAcceptsAccessToken));

    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token_expired",
        SecurityTokenInvalidAlgorithmException => "invalid_algorithm",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "invalid_signature",
        SecurityTokenInvalidIssuerException => "invalid_issuer",
        SecurityTokenInvalidAudienceException => "invalid_audience",
        SecurityTokenNoExpirationException => "missing_exp",
        SecurityTokenNotYetValidException => "not_yet_valid",
        SecurityTokenMalformedException or ArgumentException => "malformed_token",
        _ => "invalid_token",
    };
}
