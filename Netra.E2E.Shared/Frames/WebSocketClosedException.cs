using NUnit.Framework;

namespace Netra.E2E.Shared.Frames;

/// <summary>
/// The server closed the WebSocket while the test still expected something from it (a frame, or to send). Carries the
/// close code and reason and the error frame that came before the close, if any.
/// </summary>
public sealed class WebSocketClosedException : AssertionException
{
    /// <summary>Creates the failure for a server close.</summary>
    public WebSocketClosedException(string expected, WebSocketCloseInfo close, ReceivedFrame? errorFrame, IReadOnlyList<ReceivedFrame> seen,
        string frameListing)
        : base($"Expected {expected}, but the server closed the WebSocket with {close}. {frameListing}")
    {
        ArgumentNullException.ThrowIfNull(close);
        Close = close;
        ErrorFrame = errorFrame;
        Seen = seen;
    }

    /// <summary>The close code and reason.</summary>
    public WebSocketCloseInfo Close { get; }

    /// <summary>The last <c>error_message</c>/<c>error</c> frame before the close, or null.</summary>
    public ReceivedFrame? ErrorFrame { get; }

    /// <summary>The frames received before the close.</summary>
    public IReadOnlyList<ReceivedFrame> Seen { get; }
}
