namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>The bound addresses (no trailing slash), known once both listeners run; discovery and /auth/config use them.</summary>
internal sealed class ServiceUrls
{
    public string Backend { get; private set; } = string.Empty;

    public string Auth { get; private set; } = string.Empty;

    public string WebSocket { get; private set; } = string.Empty;

    public void Set(Uri backend, Uri auth, Uri webSocket)
    {
        Backend = backend.GetLeftPart(UriPartial.Authority);
        Auth = auth.GetLeftPart(UriPartial.Authority);
        WebSocket = webSocket.GetLeftPart(UriPartial.Path);
    }
}
