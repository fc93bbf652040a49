using Microsoft.IdentityModel.JsonWebTokens;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// Authenticates a WebSocket handshake with the shared <see cref="TokenValidator"/>. No header bypasses it,
/// except under the <c>ws-header-bypass</c> and <c>ws-accept-any-token</c> faults, which live here.
/// </summary>
internal sealed class WsAuthenticator(TokenValidator validator, FaultSet faults)
{
    private readonly JsonWebTokenHandler _reader = new();

    public async Task<WsAuthResult> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var source = WsTokenSource.From(context);
        if (source.Token is { } sent && (faults.Has(Fault.WsAcceptAnyToken) || (faults.Has(Fault.WsHeaderBypass)
            && HasTestHeader(context))))
        {
            return WsAuthResult.Accept(UnverifiedSubject(sent) ?? "e2e-unverified");
        }

        if (source.Token is null)
        {
            return source.Malformed
                ? WsAuthResult.Reject("INVALID_FORMAT", "The token could not be read.")
                : WsAuthResult.Reject("NO_TOKEN", "No token: send Authorization: Bearer, a jwt.<token> subprotocol or ?token=.");
        }

        if (!_reader.CanReadToken(source.Token))
        {
            return WsAuthResult.Reject("INVALID_FORMAT", "The token is not a JWT.");
        }

        var check = await validator.ValidateAsync(source.Token, TokenUse.WebSocket, cancellationToken);
        return check.User is { } user
            ? WsAuthResult.Accept(user.UserId)
            : WsAuthResult.Reject("VALIDATION_FAILED", "The token was rejected: " + check.Error);
    }

    private static bool HasTestHeader(HttpContext context) =>
        context.Request.Headers.Keys.Any(name =>
            name.Contains("test", StringComparison.OrdinalIgnoreCase) || name.Contains("e2e", StringComparison.OrdinalIgnoreCase));

    private string? UnverifiedSubject(string token) =>
        _reader.CanReadToken(token) ? _reader.ReadJsonWebToken(token).Subject : null;
}
