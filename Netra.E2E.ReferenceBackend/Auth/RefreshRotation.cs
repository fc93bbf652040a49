using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>Refresh tokens rotate and are single use: each <c>jti</c> can be redeemed once. Thread-safe.</summary>
internal sealed class RefreshRotation(TokenIssuer issuer, FaultSet faults)
{
    private readonly ConcurrentDictionary<string, byte> _redeemed = new(StringComparer.Ordinal);

    /// <summary>The new pair for a validated refresh token, or null when that token was already redeemed.</summary>
    public TokenPair? TryRotate(AuthenticatedUser refresh, string presentedToken, UserRecord user)
    {
        if (faults.Has(Fault.RefreshReusable))
        {
            return issuer.IssuePair(user, presentedToken);
        }

        return _redeemed.TryAdd(refresh.TokenId, 0) ? issuer.IssuePair(user) : null;
    }
}
