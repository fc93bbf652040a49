using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Threads;

/// <summary>
/// Threads and their messages, per user. The ownership check (<see cref="Check"/>) used by REST and the
/// WebSocket is the home of <c>thread-idor</c>; <see cref="Ordered"/> is the home of <c>history-misordered</c>.
/// A user's threads go with the user when <see cref="UserDataLimit"/> evicts it.
/// </summary>
internal sealed class ThreadStore
{
    private readonly ConcurrentDictionary<string, ChatThread> _threads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ChatThread>> _byUser = new(StringComparer.Ordinal);
    private readonly FaultSet _faults;
    private readonly VariantStyle _style;
    private readonly UserDataLimit _limit;
    private long _sequence;

    public ThreadStore(FaultSet faults, VariantStyle style, UserDataLimit limit)
    {
        (_faults, _style, _limit) = (faults, style, limit);
        limit.OnEvict(RemoveUser);
    }

    /// <summary>Threads held now (all users).</summary>
    public int Count => _threads.Count;

    /// <summary>The choices the contract leaves open (id shapes, the status of a foreign thread).</summary>
    public VariantStyle Style => _style;

    /// <summary>A new thread of that owner.</summary>
    public ChatThread Create(string ownerId, string? title, JsonObject? metadata)
    {
        var thread = new ChatThread(
            _style.NewId("thread"), ownerId, title ?? "New conversation", metadata ?? [], Interlocked.Increment(ref _sequence),
            _faults.Has(Fault.ThreadCountFrozen));
        _threads[thread.Id] = thread;
        _byUser.GetOrAdd(ownerId, _ => new(StringComparer.Ordinal))[thread.Id] = thread;
        _limit.Seen(ownerId);
        return thread;
    }

    public ThreadAccess Check(string userId, string threadId, out ChatThread? thread)
    {
        if (!_threads.TryGetValue(threadId, out thread) || thread.Deleted)
        {
            thread = null;
            return ThreadAccess.NotFound;
        }

        return thread.OwnerId == userId || _faults.Has(Fault.ThreadIdor) ? ThreadAccess.Granted : ThreadAccess.Denied;
    }

    /// <summary>The faults switched on (for the thread routes' validation).</summary>
    public FaultSet Faults => _faults;

    /// <summary>True when a live thread of any user has that id.</summary>
    public bool Exists(string threadId) => _threads.TryGetValue(threadId, out var thread) && !thread.Deleted;

    /// <summary>The user's live threads, newest first (oldest first under <c>threads-oldest-first</c>).</summary>
    public IReadOnlyList<ChatThread> ListFor(string userId) =>
        _byUser.TryGetValue(userId, out var mine)
            ? _faults.Has(Fault.ThreadsOldestFirst)
                ? [.. mine.Values.Where(t => !t.Deleted).OrderBy(t => t.Sequence)]
                : [.. mine.Values.Where(t => !t.Deleted).OrderByDescending(t => t.Sequence)]
            : [];

    public void Delete(ChatThread thread)
    {
        thread.MarkDeleted();
        _threads.TryRemove(thread.Id, out _);
        if (_byUser.TryGetValue(thread.OwnerId, out var mine))
        {
            mine.TryRemove(thread.Id, out _);
        }
    }

    private void RemoveUser(string userId)
    {
        if (_byUser.TryRemove(userId, out var mine))
        {
            foreach (var id in mine.Keys)
            {
                _threads.TryRemove(id, out _);
            }
        }
    }

    public ChatMessage Append(ChatThread thread, string userId, string role, string content, string messageType, JsonObject? metadata)
    {
        var message = new ChatMessage(
            _style.NewId("msg"), thread.Id, userId, role, content, messageType,
            DateTime.UtcNow, Interlocked.Increment(ref _sequence), metadata ?? []);
        thread.Append(message);
        return message;
    }

    /// <summary>Messages of the user's threads (all of them, or the one given), in history order.</summary>
    public IReadOnlyList<ChatMessage> History(string userId, ChatThread? only) =>
        Ordered(only is not null ? only.Messages() : ListFor(userId).SelectMany(t => t.Messages()));

    /// <summary>History order: oldest first.</summary>
    private IReadOnlyList<ChatMessage> Ordered(IEnumerable<ChatMessage> messages) =>
        _faults.Has(Fault.HistoryMisordered)
            ? [.. messages.OrderByDescending(m => m.Sequence)]
            : [.. messages.OrderBy(m => m.Sequence)];
}
