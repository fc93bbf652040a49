namespace Netra.E2E.ReferenceBackend.WebSockets;

/// <summary>What <see cref="WsFrameReader"/> read.</summary>
internal enum WsInboundKind
{
    /// <summary>A complete message within the size limit.</summary>
    Message,

    /// <summary>A message over the limit; its bytes were discarded.</summary>
    TooLarge,

    /// <summary>The client's close frame.</summary>
    Close,
}
