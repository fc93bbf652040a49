using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Threads;

/// <summary>
/// Threads and their messages, per user. The ownership check (<see cref="Check"/>) used by REST and the
/// WebSocket is the home of <c>thread-idor</c>; <see cref="Ordered"/> is the home of <c>history-misordered</c>.
/// </summary>
internal sealed class ThreadStore(FaultSet faults, VariantStyle style)
{
    private readonly ConcurrentDictionary<string, ChatThread> _threads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ChatThread>> _byUser = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>The choices the contract leaves open (id shapes, the status of a foreign thread).</summary>
    public VariantStyle Style => style;

    /// <summary>A new thread of that owner.</summary>
    public ChatThread Create(string ownerId, string? title, JsonObject? metadata)
    {
        var thread = new ChatThread(
            style.NewId("thread"), ownerId, title ?? "New conversation", metadata ?? [], Interlocked.Increment(ref _sequence));
        _threads[thread.Id] = thread;
        _byUser.GetOrAdd(ownerId, _ => new(StringComparer.Ordinal))[thread.Id] = thread;
        return thread;
    }

    public ThreadAccess Check(string userId, string threadId, out ChatThread? thread)
    {
        if (!_threads.TryGetValue(threadId, out thread) || thread.Deleted)
        {
            thread = null;
            return ThreadAccess.NotFound;
        }

        return thread.OwnerId == userId || faults.Has(Fault.ThreadIdor) ? ThreadAccess.Granted : ThreadAccess.Denied;
    }

    /// <summary>The faults switched on (for the thread routes' validation).</summary>
    public FaultSet Faults => faults;

    /// <summary>True when a live thread of any user has that id.</summary>
    public bool Exists(string threadId) => _threads.TryGetValue(threadId, out var thread) && !thread.Deleted;

    /// <summary>The user's live threads, newest first (oldest first under <c>threads-oldest-first</c>).</summary>
    public IReadOnlyList<ChatThread> ListFor(string userId) =>
        _byUser.TryGetValue(userId, out var mine)
            ? faults.Has(Fault.ThreadsOldestFirst)
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

    public ChatMessage Append(ChatThread thread, string userId, string role, string content, string messageType, JsonObject? metadata)
    {
        var message = new ChatMessage(
            style.NewId("msg"), thread.Id, userId, role, content, messageType,
            DateTime.UtcNow, Interlocked.Increment(ref _sequence), metadata ?? []);
        thread.Append(message);
        return message;
    }

    /// <summary>Messages of the user's threads (all of them, or the one given), in history order.</summary>
    public IReadOnlyList<ChatMessage> History(string userId, ChatThread? only) =>
        Ordered(only is not null ? only.Messages() : ListFor(userId).SelectMany(t => t.Messages()));

    /// <summary>History order: oldest first.</summary>
    private IReadOnlyList<ChatMessage> Ordered(IEnumerable<ChatMessage> messages) =>
        faults.Has(Fault.HistoryMisordered)
            ? [.. messages.OrderByDescending(m => m.Sequence)]
            : [.. messages.OrderBy(m => m.Sequence)];
}
