using System.Collections.Concurrent;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>
/// Bounds how many users' data the server holds: users are remembered in the order first seen, and once more than the
/// limit are known the one first seen longest ago is evicted from every store that registered with
/// <see cref="OnEvict"/> (user record, threads and messages). Thread-safe once the stores have registered.
/// </summary>
internal sealed class UserDataLimit(int maxUsers)
{
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly List<Action<string>> _evictors = [];
    private long _evicted;

    /// <summary>Users whose data is held now.</summary>
    public int Count => _known.Count;

    /// <summary>Users evicted so far.</summary>
    public long Evicted => Interlocked.Read(ref _evicted);

    /// <summary>Registers a store's eviction of one user's data; called while the server is built, before any request.</summary>
    public void OnEvict(Action<string> evict) => _evictors.Add(evict);

    /// <summary>Notes that <paramref name="userId"/> has data here; evicts the oldest users past the limit.</summary>
    public void Seen(string userId)
    {
        if (!_known.TryAdd(userId, 0))
        {
            return;
        }

        _order.Enqueue(userId);
        while (_known.Count > maxUsers && _order.TryDequeue(out var oldest))
        {
            if (oldest == userId || !_known.TryRemove(oldest, out _))
            {
                continue;
            }

            Interlocked.Increment(ref _evicted);
            foreach (var evict in _evictors)
            {
                evict(oldest);
            }
        }
    }
}
