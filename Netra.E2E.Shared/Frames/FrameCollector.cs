using System.Diagnostics;
using System.Globalization;
using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Frames;

/// <summary>
/// Every frame of one WebSocket session or event stream, in arrival order, with waits that look at frames already
/// received as well as new ones and fail at their deadline listing what did arrive. Fed by one reader; thread-safe.
/// </summary>
public sealed class FrameCollector
{
    private const int ListedFrames = 40;
    private const int ExcerptChars = 160;
    private readonly Lock _gate = new();
    private readonly List<ReceivedFrame> _frames = [];
    private readonly Redactor _redactor;
    private Waiter[] _waiters = [];

    /// <summary>Creates an empty collector whose failure messages are redacted by <paramref name="redactor"/>.</summary>
    public FrameCollector(Redactor redactor)
    {
        _redactor = redactor;
        StartedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>When the collector was created (frame times in messages are relative to it).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>A snapshot of the frames received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedFrame> Received
    {
        get
        {
            lock (_gate)
            {
                return FramesFrom(0);
            }
        }
    }

    /// <summary>A snapshot of the frames received so far from index <paramref name="fromIndex"/> on (e.g. since a request was
    /// sent), in arrival order.</summary>
    public IReadOnlyList<ReceivedFrame> ReceivedFrom(int fromIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromIndex);
        lock (_gate)
        {
            return FramesFrom(fromIndex);
        }
    }

    /// <summary>How many frames have been received so far (without copying them, unlike <see cref="Received"/>).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _frames.Count;
            }
        }
    }

    /// <summary>Why no more frames will come (server close, end of stream, failure), or null while open.</summary>
    public string? EndReason { get; private set; }

    /// <summary>The server's close frame, when the end was one.</summary>
    public WebSocketCloseInfo? Close { get; private set; }

    /// <summary>The first frame matching <paramref name="predicate"/>, from the first frame on, with no deadline but the token.</summary>
    public Task<ReceivedFrame> WaitForAsync(Func<ReceivedFrame, bool> predicate, string description, CancellationToken cancellationToken) =>
        WaitForAsync(predicate, description, 0, null, cancellationToken);

    /// <summary>The first frame of JSON <c>type</c> (or SSE <c>event</c>) <paramref name="type"/>.</summary>
    public Task<ReceivedFrame> WaitForTypeAsync(string type, CancellationToken cancellationToken) =>
        WaitForAsync(f => f.Type == type, $"a frame of type '{type}'", 0, null, cancellationToken);

    /// <summary>
    /// The first frame at or after <paramref name="fromIndex"/> matching <paramref name="predicate"/>, already received or
    /// arriving before <paramref name="timeout"/> (null: only the token) and the token. Throws <see cref="FrameWaitException"/>
    /// at the deadline or when the stream ends first, <see cref="WebSocketClosedException"/> when the server closed it.
    /// </summary>
    /// <remarks>
    /// Frames already received are checked at once; later ones are offered to the wait by the reader as they arrive, so a
    /// wait wakes once, for its match or the end, not for every frame (and a flood of other frames cannot delay its deadline).
    /// The predicate therefore runs on the reader's thread: it must be quick and must not wait on this collector.
    /// </remarks>
    public async Task<ReceivedFrame> WaitForAsync(
        Func<ReceivedFrame, bool> predicate, string description, int fromIndex, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var started = Stopwatch.GetTimestamp();
        var (earlier, waiter) = Register(predicate, fromIndex);
        try
        {
            foreach (var frame in earlier)
            {
                // Checked per frame: a long backlog with a slow predicate must not carry the wait past its deadline.
                if (cancellationToken.IsCancellationRequested || (timeout is { } limit && Stopwatch.GetElapsedTime(started) >= limit))
                {
                    throw PastDeadline(description, started);
                }

                if (predicate(frame))
                {
                    return frame;
                }
            }

            return await AwaitAsync(waiter, description, started, timeout, cancellationToken).ConfigureAwait(false)
                ?? throw Ended(description);
        }
        finally
        {
            Unregister(waiter);
        }
    }

    /// <summary>Waits until no more frames will come and returns them all; fails at the deadline listing what arrived.</summary>
    public async Task<IReadOnlyList<ReceivedFrame>> WaitForEndAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        const string description = "the end of the stream";
        var started = Stopwatch.GetTimestamp();
        var (_, waiter) = Register(static _ => false, int.MaxValue);
        try
        {
            await AwaitAsync(waiter, description, started, timeout, cancellationToken).ConfigureAwait(false);
            return Received;
        }
        finally
        {
            Unregister(waiter);
        }
    }

    /// <summary>The frames so far as "#index +ms type: excerpt" lines (redacted, at most 40).</summary>
    public string Describe()
    {
        var frames = Received;
        if (frames.Count == 0)
        {
            return "No frames were received.";
        }

        var lines = frames.Take(ListedFrames).Select(f =>
            $"  #{f.Index} +{(f.ReceivedAt - StartedAt).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms " +
            $"{f.Type ?? "(no type)"}: {_redactor.Excerpt(f.Text, ExcerptChars).ReplaceLineEndings(" ")}");
        var more = frames.Count > ListedFrames ? $"{Environment.NewLine}  ... and {frames.Count - ListedFrames} more" : string.Empty;
        return $"Frames seen ({frames.Count}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }

    internal ReceivedFrame Add(string text, Action<ReceivedFrame>? beforeSignal = null) => Add(text, null, beforeSignal);

    /// <summary>Adds a frame of the bytes <paramref name="utf8"/> (copied), typed now and decoded when read (see
    /// <see cref="ReceivedFrame.Received"/> for when it is parsed).</summary>
    internal ReceivedFrame Add(ReadOnlySpan<byte> utf8, Action<ReceivedFrame>? beforeSignal = null) =>
        Add(null, utf8.ToArray(), beforeSignal);

    private ReceivedFrame Add(string? text, byte[]? utf8, Action<ReceivedFrame>? beforeSignal)
    {
        ReceivedFrame frame;
        Waiter[] waiting;
        lock (_gate)
        {
            var (index, receivedAt) = (_frames.Count, DateTimeOffset.UtcNow);
            frame = utf8 is null ? ReceivedFrame.Parse(index, receivedAt, text!) : ReceivedFrame.Received(index, receivedAt, utf8);
            _frames.Add(frame);
            waiting = _waiters;
        }

        beforeSignal?.Invoke(frame);
        foreach (var waiter in waiting)
        {
            waiter.Offer(frame);
        }

        return frame;
    }

    internal void End(string reason, WebSocketCloseInfo? close = null)
    {
        Waiter[] waiting;
        lock (_gate)
        {
            if (EndReason is not null)
            {
                return;
            }

            (EndReason, Close) = (_redactor.Redact(reason), close);
            waiting = _waiters;
        }

        foreach (var waiter in waiting)
        {
            waiter.Done.TrySetResult(null);
        }
    }

    // The frames from fromIndex on already here, and a waiter that the reader offers every later frame: both taken under the
    // gate, so no frame falls between them. A waiter registered after the end is completed at once.
    private (List<ReceivedFrame> Earlier, Waiter Waiter) Register(Func<ReceivedFrame, bool> predicate, int fromIndex)
    {
        var waiter = new Waiter(predicate);
        lock (_gate)
        {
            var earlier = FramesFrom(Math.Max(fromIndex, 0));
            if (EndReason is not null)
            {
                waiter.Done.TrySetResult(null);
            }
            else
            {
                _waiters = [.. _waiters, waiter];
            }

            return (earlier, waiter);
        }
    }

    // A copy of the frames from index on; the caller holds the gate.
    private List<ReceivedFrame> FramesFrom(int index) =>
        index < _frames.Count ? _frames.GetRange(index, _frames.Count - index) : [];

    private void Unregister(Waiter waiter)
    {
        lock (_gate)
        {
            var at = Array.IndexOf(_waiters, waiter);
            if (at >= 0)
            {
                _waiters = [.. _waiters.AsSpan(0, at), .. _waiters.AsSpan(at + 1)];
            }
        }
    }

    private async Task<ReceivedFrame?> AwaitAsync(
        Waiter waiter, string description, long started, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await (timeout is { } limit
                ? waiter.Done.Task.WaitAsync(limit, cancellationToken)
                : waiter.Done.Task.WaitAsync(cancellationToken)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw PastDeadline(description, started);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw PastDeadline(description, started);
        }
    }

    private FrameWaitException PastDeadline(string description, long started)
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.0#", CultureInfo.InvariantCulture);
        var outcome = $"nothing matching arrived within {seconds} s (deadline)";
        return new FrameWaitException(description, outcome, Received, Describe());
    }

    private NUnit.Framework.AssertionException Ended(string description)
    {
        var frames = Received;
        if (Close is { } close)
        {
            var error = frames.LastOrDefault(f => f.Type is "error_message" or "error");
            return new WebSocketClosedException(description, close, error, frames, Describe());
        }

        return new FrameWaitException(description, $"no more frames will come ({EndReason})", frames, Describe());
    }

    /// <summary>One pending wait: the reader offers it each new frame; it completes with the first match, or null at the end.
    /// </summary>
    private sealed class Waiter(Func<ReceivedFrame, bool> predicate)
    {
        public TaskCompletionSource<ReceivedFrame?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Offer(ReceivedFrame frame)
        {
            if (Done.Task.IsCompleted)
            {
                return;
            }

            try
            {
                if (predicate(frame))
                {
                    Done.TrySetResult(frame);
                }
            }
            catch (Exception ex)
            {
                // The predicate is the test's code: its failure is the wait's, raised where the test awaits, not the reader's.
                Done.TrySetException(ex);
            }
        }
    }
}
