using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Threads;

/// <summary>A consistent copy of a thread's fields, taken under its lock.</summary>
internal sealed record ThreadSnapshot(string Id, string Title, DateTime CreatedAt, DateTime UpdatedAt, JsonObject Metadata,
    int MessageCount);
