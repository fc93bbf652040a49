using NUnit.Framework;

namespace Netra.E2E.Shared.Frames;

/// <summary>
/// A wait for a frame failed: its deadline passed, or the stream ended without one. A test failure whose message
/// says what was waited for and lists the frames seen so far (type and a redacted excerpt).
/// </summary>
public sealed class FrameWaitException : AssertionException
{
    /// <summary>Creates the failure of a wait.</summary>
    public FrameWaitException(string waitedFor, string outcome, IReadOnlyList<ReceivedFrame> seen, string frameListing)
        : base($"Waited for {waitedFor}: {outcome}. {frameListing}")
    {
        WaitedFor = waitedFor;
        Seen = seen;
    }

    /// <summary>What the test waited for.</summary>
    public string WaitedFor { get; }

    /// <summary>The frames received before the wait failed.</summary>
    public IReadOnlyList<ReceivedFrame> Seen { get; }
}
