namespace Netra.E2E.Shared.Evidence;

/// <summary>Which way a WebSocket frame went.</summary>
public enum FrameDirection
{
    /// <summary>From the target to the suite.</summary>
    Received,

    /// <summary>From the suite to the target.</summary>
    Sent,
}
