using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// The signature, algorithm, issuer, audience and lifetime checks of contract 3.2 for each place a token is presented.
/// Home of the faults that loosen one place's checks: <c>rest-accepts-*</c>, <c>validate-accepts-expired</c> and
/// <c>ws-accepts-wrong-issuer</c>.
/// </summary>
internal sealed class TokenParameters
{
    private readonly TokenValidationParameters _strict;
    private readonly TokenValidationParameters _rest;
    private readonly TokenValidationParameters _authService;
    private readonly TokenValidationParameters _webSocket;

    public TokenParameters(JwtSettings settings, FaultSet faults)
    {
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

        _authService = _strict.Clone();
        _authService.ValidateLifetime = !faults.Has(Fault.ValidateAcceptsExpired);
        _webSocket = _strict.Clone();
        _webSocket.ValidateIssuer = !faults.Has(Fault.WsAcceptsWrongIssuer);
    }

    public TokenValidationParameters For(TokenUse use) => use switch
    {
        TokenUse.Rest => _rest,
        TokenUse.AuthService => _authService,
        TokenUse.WebSocket => _webSocket,
        _ => _strict,
    };
}
