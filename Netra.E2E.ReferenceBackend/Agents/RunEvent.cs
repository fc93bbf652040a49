using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>One emitted event: its envelope (for SSE re-shaping) and the UTF-8 frame sent to WebSockets.</summary>
internal sealed record RunEvent(string Type, JsonObject Envelope, ReadOnlyMemory<byte> Utf8);
