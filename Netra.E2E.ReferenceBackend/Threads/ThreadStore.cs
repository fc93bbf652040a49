using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Threads;

/// <summary>
/// Threads and their messages, per user. The ownership check (<see cref="Check"/>) used by REST and the
/// WebSocket is the home of <c>thread-idor</c>; <see cref="Ordered"/> is the home of <c>history-misordered</c>.
/// </summary>
internal sealed class ThreadStore(FaultSet faults)
{
    private readonly ConcurrentDictionary<string, ChatThread> _threads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ChatThread>> _byUser = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>A client-chosen thread id is accepted when it is at most 128 of [A-Za-z0-9_-].</summary>
    public static bool IsAcceptableId(string id) => Http.RequestIds.IsWellFormed(id);

    /// <summary>A new thread; with an explicit id, null when that id is taken.</summary>
    public ChatThread? Create(string ownerId, string? title, JsonObject? metadata, string? id = null)
    {
        var thread = new ChatThread(
            id ?? "thread_" + Guid.NewGuid().ToString("N"), ownerId, title ?? "New conversation", metadata ?? [], Interlocked.Increment(ref _sequence));
        if (!_threads.TryAdd(thread.Id, thread))
        {
            return null;
        }

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

    /// <summary>The user's live threads, newest first.</summary>
    public IReadOnlyList<ChatThread> ListFor(string userId) =>
        _byUser.TryGetValue(userId, out var mine)
            ? [.. mine.Values.Where(t => !t.Deleted).OrderByDescending(t => t.Sequence)]
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
            "msg_" + Guid.NewGuid().ToString("N"), thread.Id, userId, role, content, messageType,
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
