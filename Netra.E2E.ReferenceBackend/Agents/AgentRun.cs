namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// One run's shared state. The status leaves Running exactly once (<see cref="TryFinish"/> or
/// <see cref="TryCancel"/>, under one lock), which is what makes "exactly one terminal event" hold under races.
/// </summary>
internal sealed class AgentRun
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource<RunOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunStatus _status = RunStatus.Running;
    private long _lastActivityTicks;

    public AgentRun(string runId, RunRequest request, string threadId, CancellationTokenSource cancellation)
    {
        RunId = runId;
        Request = request;
        ThreadId = threadId;
        _cancellation = cancellation;
        _lastActivityTicks = StartTime.Ticks;
    }

    public string RunId { get; }

    public RunRequest Request { get; }

    public string UserId => Request.UserId;

    public string AgentType => Request.AgentType;

    public string ThreadId { get; }

    public DateTime StartTime { get; } = DateTime.UtcNow;

    public DateTime LastActivity => new(Interlocked.Read(ref _lastActivityTicks), DateTimeKind.Utc);

    /// <summary>Cancelled by <see cref="TryCancel"/>, the caller going away, or the server stopping.</summary>
    public CancellationToken Token => _cancellation.Token;

    public Task<RunOutcome> Completion => _completion.Task;

    public RunStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    public void Touch() => Interlocked.Exchange(ref _lastActivityTicks, DateTime.UtcNow.Ticks);

    public bool TryFinish(RunStatus final)
    {
        lock (_gate)
        {
            if (_status != RunStatus.Running)
            {
                return false;
            }

            _status = final;
            return true;
        }
    }

    /// <summary>Moves a running run to Cancelled and signals it; false when it had already finished.</summary>
    public bool TryCancel()
    {
        if (!TryFinish(RunStatus.Cancelled))
        {
            return false;
        }

        // The linked source is never disposed: a cancel may race the run's end, and it dies with the run.
        _cancellation.Cancel();
        return true;
    }

    public void Complete(RunOutcome outcome) => _completion.TrySetResult(outcome);
}
