using System.Diagnostics;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.WebSockets;

/// <summary>
/// A server that sends non-matching frames back to back, without pause: a wait must still end at its deadline, because a
/// stream of wake-ups that never satisfies the predicate must neither keep the wait alive nor starve its deadline.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FrameFloodTests : WebSocketFixtureBase
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    // The upper bound leaves a whole second over the deadline for scheduling on a loaded 2-core machine; a wait the flood
    // kept alive runs until the test's own 10 s guard instead.
    private static readonly TimeSpan Bound = Deadline + TimeSpan.FromSeconds(1);

    [Test]
    [CancelAfter(10_000)]
    public async Task WaitFor_FloodOfNonMatchingFrames_FailsAtItsDeadline()
    {
        await using var client = await NetraWebSocketClient.ConnectAsync(
            Endpoint("flood", NewKey()), WebSocketConnectOptions.Anonymous, NewLog(), CancellationToken.None);
        await client.Frames.WaitForTypeAsync("noise", CancellationToken.None);
        var clock = Stopwatch.StartNew();

        // Looking at a frame costs a millisecond here (as on a loaded machine), so new frames always arrive while the wait
        // looks at the previous ones: it is woken again and again and never has to block on its deadline.
        var wait = client.Frames.WaitForAsync(SlowlyNever, "a frame that never comes", 0, Deadline, CancellationToken.None);
        var failure = await FluentActions.Awaiting(() => wait.WaitAsync(TimeSpan.FromSeconds(8)))
            .Should().ThrowAsync<FrameWaitException>();

        clock.Elapsed.Should().BeLessThan(Bound);
        failure.Which.Message.Should().Contain("(deadline)");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task WaitForEnd_FloodThatNeverEnds_FailsAtItsDeadline()
    {
        await using var client = await NetraWebSocketClient.ConnectAsync(
            Endpoint("flood", NewKey()), WebSocketConnectOptions.Anonymous, NewLog(), CancellationToken.None);
        await client.Frames.WaitForTypeAsync("noise", CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var wait = client.Frames.WaitForEndAsync(Deadline, CancellationToken.None);
        await FluentActions.Awaiting(() => wait.WaitAsync(TimeSpan.FromSeconds(8))).Should().ThrowAsync<FrameWaitException>();

        clock.Elapsed.Should().BeLessThan(Bound);
    }

    private static bool SlowlyNever(ReceivedFrame frame)
    {
        Thread.Sleep(1);
        return frame.Type == "never";
    }
}
