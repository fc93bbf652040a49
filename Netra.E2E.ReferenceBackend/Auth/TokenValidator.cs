using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// The one token check of contract 3.2, used by REST, the WebSocket handshake, /auth/validate and /auth/refresh.
/// Rejects a bad signature, an algorithm other than HS256 (none included), expiry, <c>iat</c> more than 60 s
/// ahead, a wrong issuer or audience, the wrong <c>token_type</c>, and revoked tokens.
/// </summary>
internal sealed class TokenValidator
{
    private static readonly TimeSpan FutureIatTolerance = TimeSpan.FromSeconds(60);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly RevokedTokens _revoked;
    private readonly TokenValidationParameters _strict;
    private readonly TokenValidationParameters _rest;

    public TokenValidator(JwtSettings settings, RevokedTokens revoked, FaultSet faults)
    {
        _revoked = revoked;
        _strict = new TokenValidationParameters
        {
            ValidIssuer = JwtSettings.Issuer,
            ValidAudience = JwtSettings.Audience,
            IssuerSigningKey = settings.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.Zero,
        };
        _rest = _strict.Clone();
        if (faults.Has(Fault.RestAcceptsExpired))
        {
            _rest.ValidateLifetime = false;
        }

        if (faults.Has(Fault.RestAcceptsUnsigned))
        {
            _rest.SignatureValidator = (token, _) => new JsonWebToken(token);
        }
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

        var result = await _handler.ValidateTokenAsync(token, use == TokenUse.Rest ? _rest : _strict);
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

        if (jwt.IssuedAt > DateTime.UtcNow + FutureIatTolerance)
        {
            return TokenCheck.Invalid("issued_in_future");
        }

        var expectedType = use == TokenUse.Refresh ? "refresh" : "access";
        if (!jwt.TryGetPayloadValue<string>("token_type", out var tokenType) || tokenType != expectedType)
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
