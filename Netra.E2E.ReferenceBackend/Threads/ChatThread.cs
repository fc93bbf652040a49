using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Threads;

/// <summary>
/// A conversation thread; its mutable parts are guarded by one lock per thread. Home of <c>thread-count-frozen</c>
/// (<paramref name="countFrozen"/>): its <c>message_count</c> stays at what it was when created.
/// </summary>
internal sealed class ChatThread(string id, string ownerId, string title, JsonObject metadata, long sequence, bool countFrozen = false)
{
    private readonly Lock _gate = new();
    private readonly List<ChatMessage> _messages = [];
    private string _title = title;
    private JsonObject _metadata = metadata;
    private DateTime _updatedAt = DateTime.UtcNow;

    public string Id { get; } = id;

    public string OwnerId { get; } = ownerId;

    public long Sequence { get; } = sequence;

    public DateTime CreatedAt { get; } = DateTime.UtcNow;

    public bool Deleted { get; private set; }

    public ThreadSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new ThreadSnapshot(Id, _title, CreatedAt, _updatedAt, (JsonObject)_metadata.DeepClone(),
                countFrozen ? 0 : _messages.Count);
        }
    }

    public IReadOnlyList<ChatMessage> Messages()
    {
        lock (_gate)
        {
            return [.. _messages];
        }
    }

    public void Append(ChatMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message);
            _updatedAt = message.CreatedAt;
        }
    }

    public ThreadSnapshot Update(string? title, JsonObject? metadata)
    {
        lock (_gate)
        {
            _title = title ?? _title;
            _metadata = metadata ?? _metadata;
            _updatedAt = DateTime.UtcNow;
        }

        return Snapshot();
    }

    public void MarkDeleted()
    {
        lock (_gate)
        {
            Deleted = true;
        }
    }
}
