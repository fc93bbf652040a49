namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>One assembled client message: its bytes (valid until the next read), or too large, or the close.</summary>
internal readonly record struct WsInbound(WsInboundKind Kind, ReadOnlyMemory<byte> Payload);
