using System.Diagnostics;

namespace Netra.E2E.FaultMatrix;

/// <summary>Where the matrix stands at one moment: runs done of all, time so far, and an estimate of the rest.</summary>
internal sealed record ProgressSnapshot(int Done, int Total, TimeSpan Elapsed, TimeSpan? Remaining, IReadOnlyList<string> Running);

/// <summary>
/// Counts runs as they start and finish and estimates the time left: each unfinished run's expected time (the last
/// matrix's, else a typical one), scaled by how this matrix's finished runs compare with their expectation, spread
/// over the parallel slots.
/// </summary>
internal sealed class ProgressState(int total, int parallel, RunHistory history)
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, (MatrixRun Run, Stopwatch Clock)> _running = new(StringComparer.Ordinal);
    private double _estimatedDone;
    private double _actualDone;
    private double _estimatedNotStarted = double.NaN;
    private int _done;

    /// <summary>Called once with every run before the first starts.</summary>
    public void Plan(IEnumerable<MatrixRun> runs)
    {
        lock (_lock)
        {
            _estimatedNotStarted = runs.Sum(history.Estimate);
        }
    }

    public void Started(MatrixRun run)
    {
        lock (_lock)
        {
            _estimatedNotStarted -= history.Estimate(run);
            _running[run.Name] = (run, Stopwatch.StartNew());
        }
    }

    public ProgressSnapshot Finished(RunResult result)
    {
        lock (_lock)
        {
            _running.Remove(result.Run.Name);
            _done++;
            _estimatedDone += history.Estimate(result.Run);
            _actualDone += result.Elapsed.TotalSeconds;
            return SnapshotLocked();
        }
    }

    public ProgressSnapshot Snapshot()
    {
        lock (_lock)
        {
            return SnapshotLocked();
        }
    }

    private ProgressSnapshot SnapshotLocked()
    {
        var running = _running.Keys.Order(StringComparer.Ordinal).ToList();
        if (_done == total)
        {
            return new ProgressSnapshot(_done, total, _clock.Elapsed, TimeSpan.Zero, running);
        }

        if (_done == 0 || double.IsNaN(_estimatedNotStarted))
        {
            return new ProgressSnapshot(_done, total, _clock.Elapsed, null, running);
        }

        var scale = _estimatedDone > 0 ? _actualDone / _estimatedDone : 1;
        var left = Math.Max(_estimatedNotStarted, 0) * scale
            + _running.Values.Sum(r => Math.Max(history.Estimate(r.Run) * scale - r.Clock.Elapsed.TotalSeconds, 0));
        var slots = Math.Max(1, Math.Min(parallel, total - _done));
        return new ProgressSnapshot(_done, total, _clock.Elapsed, TimeSpan.FromSeconds(left / slots), running);
    }
}
