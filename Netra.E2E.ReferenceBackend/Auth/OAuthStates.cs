using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>OAuth <c>state</c> values handed out by the login redirect, each redeemable once within 10 minutes;
/// <c>oauth-state-reused</c> hands out one value for every request.</summary>
internal sealed class OAuthStates(bool reused = false)
{
    private string? _fixed;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTime> _pending = new(StringComparer.Ordinal);

    public string Issue()
    {
        var state = reused
            ? _fixed ??= Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(24))
            : Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _pending[state] = DateTime.UtcNow + Lifetime;
        return state;
    }

    public bool TryRedeem(string state) => _pending.TryRemove(state, out var expires) && expires >= DateTime.UtcNow;
}
