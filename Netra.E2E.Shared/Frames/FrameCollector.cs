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
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
                return [.. _frames];
            }
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
    public async Task<ReceivedFrame> WaitForAsync(
        Func<ReceivedFrame, bool> predicate, string description, int fromIndex, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            deadline.CancelAfter(limit);
        }

        var clock = Stopwatch.StartNew();
        for (var next = fromIndex; ;)
        {
            var (fresh, ended, signal) = Read(next);
            foreach (var frame in fresh)
            {
                // Checked per frame: a flood of non-matching frames keeps the wait busy and its signal always set, so
                // waiting on the signal alone would never notice the deadline.
                FailIfPast(description, clock, deadline.Token);
                if (predicate(frame))
                {
                    return frame;
                }
            }

            next += fresh.Count;
            if (ended)
            {
                throw Ended(description);
            }

            await WaitOrFailAsync(signal, description, clock, deadline.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until no more frames will come and returns them all; fails at the deadline listing what arrived.</summary>
    public async Task<IReadOnlyList<ReceivedFrame>> WaitForEndAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            deadline.CancelAfter(limit);
        }

        var clock = Stopwatch.StartNew();
        while (Read(int.MaxValue) is (_, false, var signal))
        {
            FailIfPast("the end of the stream", clock, deadline.Token);
            await WaitOrFailAsync(signal, "the end of the stream", clock, deadline.Token).ConfigureAwait(false);
        }

        return Received;
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

    /// <summary>Adds a frame typed from <paramref name="utf8"/> (the bytes <paramref name="text"/> was decoded from) and parsed when read,
    /// if given.</summary>
    internal ReceivedFrame Add(string text, ReadOnlyMemory<byte>? utf8, Action<ReceivedFrame>? beforeSignal = null)
    {
        TaskCompletionSource signal;
        ReceivedFrame frame;
        lock (_gate)
        {
            var (index, receivedAt) = (_frames.Count, DateTimeOffset.UtcNow);
            frame = utf8 is { } bytes
                ? ReceivedFrame.ParsedWhenRead(index, receivedAt, text, bytes.Span)
                : ReceivedFrame.Parse(index, receivedAt, text);
            _frames.Add(frame);
            (signal, _changed) = (_changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        beforeSignal?.Invoke(frame);
        signal.TrySetResult();
        return frame;
    }

    internal void End(string reason, WebSocketCloseInfo? close = null)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (EndReason is not null)
            {
                return;
            }

            (EndReason, Close) = (_redactor.Redact(reason), close);
            (signal, _changed) = (_changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        signal.TrySetResult();
    }

    private (List<ReceivedFrame> Fresh, bool Ended, Task Signal) Read(int next)
    {
        lock (_gate)
        {
            var fresh = next < _frames.Count ? _frames.GetRange(next, _frames.Count - next) : [];
            return (fresh, EndReason is not null, _changed.Task);
        }
    }

    private async Task WaitOrFailAsync(Task signal, string description, Stopwatch clock, CancellationToken deadline)
    {
        // An already-set signal completes WaitAsync even past the deadline, so the deadline is checked first.
        FailIfPast(description, clock, deadline);
        try
        {
            await signal.WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw PastDeadline(description, clock);
        }
    }

    private void FailIfPast(string description, Stopwatch clock, CancellationToken deadline)
    {
        if (deadline.IsCancellationRequested)
        {
            throw PastDeadline(description, clock);
        }
    }

    private FrameWaitException PastDeadline(string description, Stopwatch clock)
    {
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.0#", CultureInfo.InvariantCulture);
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
}
