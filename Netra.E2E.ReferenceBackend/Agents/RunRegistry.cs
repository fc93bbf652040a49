using System.Collections.Concurrent;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// Every run by id, kept after it ends so status and 409-on-cancel work, until it is evicted: a finished run whose last
/// activity is older than the retention, and the oldest finished runs past the count limit. Running runs are never
/// evicted. Eviction is swept on <see cref="Add"/> (every 256 adds, or at once past the limit). Thread-safe.
/// </summary>
internal sealed class RunRegistry(TimeSpan retention, int maxFinished, TimeProvider clock)
{
    private const int SweepEvery = 256;
    private readonly ConcurrentDictionary<string, AgentRun> _runs = new(StringComparer.Ordinal);
    private readonly Lock _sweep = new();
    private long _adds;

    /// <summary>Runs held now, running or finished.</summary>
    public int Count => _runs.Count;

    public void Add(AgentRun run)
    {
        _runs[run.RunId] = run;
        if (Interlocked.Increment(ref _adds) % SweepEvery == 0 || _runs.Count > maxFinished + SweepEvery)
        {
            Sweep();
        }
    }

    /// <summary>The run when it exists and belongs to the user; another user's run is reported as absent.</summary>
    public AgentRun? FindOwned(string userId, string runId) =>
        _runs.TryGetValue(runId, out var run) && run.UserId == userId ? run : null;

    /// <summary>The run with that id, whoever owns it.</summary>
    public AgentRun? Find(string runId) => _runs.GetValueOrDefault(runId);

    public IReadOnlyList<AgentRun> ForUser(string userId) =>
        [.. _runs.Values.Where(r => r.UserId == userId).OrderBy(r => r.StartTime)];

    public int ActiveCount => _runs.Values.Count(r => r.Status == RunStatus.Running);

    /// <summary>Evicts finished runs past the retention, then the oldest finished ones past the count limit.</summary>
    public void Sweep()
    {
        if (!_sweep.TryEnter())
        {
            return;
        }

        try
        {
            var cutoff = clock.GetUtcNow().UtcDateTime - retention;
            var finished = _runs.Values.Where(r => r.Status != RunStatus.Running).OrderBy(r => r.LastActivity).ToList();
            var excess = finished.Count - maxFinished;
            foreach (var run in finished)
            {
                if (run.LastActivity >= cutoff && excess <= 0)
                {
                    break;
                }

                _runs.TryRemove(run.RunId, out _);
                excess--;
            }
        }
        finally
        {
            _sweep.Exit();
        }
    }
}
