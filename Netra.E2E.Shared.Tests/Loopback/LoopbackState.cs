using System.Collections.Concurrent;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>What the loopback server saw, per test key, so a test can check what actually went over the wire.</summary>
public sealed class LoopbackState(LoopbackAuthOptions auth)
{
    public LoopbackAuthOptions AuthOptions { get; } = auth;

    /// <summary>Calls per key, for routes that fail the first N times.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests seen by the echo routes (HTTP and WebSocket handshakes), per key.</summary>
    public ConcurrentDictionary<string, ObservedRequest> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>Refresh tokens issued and not yet used, for the fake auth service.</summary>
    public ConcurrentDictionary<string, string> LiveRefreshTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Registered users: email → password.</summary>
    public ConcurrentDictionary<string, string> Users { get; } = new(StringComparer.Ordinal);

    private ConcurrentDictionary<string, TaskCompletionSource<string>> FirstClientMessages { get; } = new(StringComparer.Ordinal);

    public int Hit(string key) => Hits.AddOrUpdate(key, 1, (_, n) => n + 1);

    /// <summary>Completes with the first text message a WebSocket route received from the client under <paramref name="key"/>.</summary>
    public TaskCompletionSource<string> FirstMessageFrom(string key) =>
        FirstClientMessages.GetOrAdd(key, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
