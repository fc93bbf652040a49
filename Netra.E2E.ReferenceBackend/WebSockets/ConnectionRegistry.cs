using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// Open connections per user (at most <paramref name="maxPerUser"/>, the contract's 5 by default), and delivery of run
/// events to a user's connections. <see cref="DeliverToUser"/> is the home of the <c>events-to-all-users</c> fault.
/// A user's entry goes when its last connection does, so closed connections hold no memory.
/// </summary>
internal sealed class ConnectionRegistry(FaultSet faults, int maxPerUser = 5)
{
    private const int AddAttempts = 8;
    private readonly ConcurrentDictionary<string, List<WsConnection>> _byUser = new(StringComparer.Ordinal);

    /// <summary>Users with at least one open connection.</summary>
    public int UserCount => _byUser.Count;

    public int Count => _byUser.Values.Sum(list => Snapshot(list).Length);

    public bool TryAdd(WsConnection connection)
    {
        // A list removed (emptied) between GetOrAdd and the lock is stale: take the current one (bounded retries).
        for (var attempt = 0; attempt < AddAttempts; attempt++)
        {
            var list = _byUser.GetOrAdd(connection.UserId, _ => []);
            lock (list)
            {
                if (!_byUser.TryGetValue(connection.UserId, out var current) || !ReferenceEquals(current, list))
                {
                    continue;
                }

                if (list.Count >= maxPerUser)
                {
                    return false;
                }

                list.Add(connection);
                return true;
            }
        }

        return false;
    }

    public void Remove(WsConnection connection)
    {
        if (_byUser.TryGetValue(connection.UserId, out var list))
        {
            lock (list)
            {
                if (list.Remove(connection) && list.Count == 0)
                {
                    _byUser.TryRemove(new KeyValuePair<string, List<WsConnection>>(connection.UserId, list));
                }
            }
        }
    }

    public void DeliverToUser(string userId, ReadOnlyMemory<byte> frame)
    {
        if (faults.Has(Fault.EventsToAllUsers))
        {
            foreach (var list in _byUser.Values)
            {
                SendAll(list, frame);
            }

            return;
        }

        if (_byUser.TryGetValue(userId, out var mine))
        {
            SendAll(mine, frame);
        }
    }

    private static void SendAll(List<WsConnection> list, ReadOnlyMemory<byte> frame)
    {
        foreach (var connection in Snapshot(list))
        {
            connection.Send(frame);
        }
    }

    private static WsConnection[] Snapshot(List<WsConnection> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
