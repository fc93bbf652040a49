using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>Access tokens revoked by logout, by <c>jti</c>; checked by every validation. Thread-safe.</summary>
internal sealed class RevokedTokens(FaultSet faults)
{
    private readonly ConcurrentDictionary<string, DateTime> _revoked = new(StringComparer.Ordinal);

    public void Revoke(AuthenticatedUser user)
    {
        if (faults.Has(Fault.LogoutKeepsToken))
        {
            return;
        }

        _revoked[user.TokenId] = user.ExpiresAt;
    }

    public bool IsRevoked(string tokenId) => _revoked.ContainsKey(tokenId);
}
