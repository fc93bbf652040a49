using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Threads;

/// <summary>One stored message of a thread; <see cref="Sequence"/> is its global insertion order.</summary>
internal sealed record ChatMessage(
    string Id,
    string ThreadId,
    string UserId,
    string Role,
    string Content,
    string MessageType,
    DateTime CreatedAt,
    long Sequence,
    JsonObject Metadata);
