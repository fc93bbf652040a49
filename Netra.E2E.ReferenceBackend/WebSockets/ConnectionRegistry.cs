using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>
/// Open connections per user (at most <see cref="MaxPerUser"/>), and delivery of run events to a user's
/// connections. <see cref="DeliverToUser"/> is the home of the <c>events-to-all-users</c> fault.
/// </summary>
internal sealed class ConnectionRegistry(FaultSet faults)
{
    public const int MaxPerUser = 5;
    private readonly ConcurrentDictionary<string, List<WsConnection>> _byUser = new(StringComparer.Ordinal);

    public int Count => _byUser.Values.Sum(list => Snapshot(list).Length);

    public bool TryAdd(WsConnection connection)
    {
        var list = _byUser.GetOrAdd(connection.UserId, _ => []);
        lock (list)
        {
            if (list.Count >= MaxPerUser)
            {
                return false;
            }

            list.Add(connection);
            return true;
        }
    }

    public void Remove(WsConnection connection)
    {
        if (_byUser.TryGetValue(connection.UserId, out var list))
        {
            lock (list)
            {
                list.Remove(connection);
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
