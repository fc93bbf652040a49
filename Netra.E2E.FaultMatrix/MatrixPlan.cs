using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.FaultMatrix;

/// <summary>What one parallel slot does: whole-suite <c>dotnet vstest</c> runs, then one worker for its catcher-only runs.</summary>
internal sealed record MatrixSlot(IReadOnlyList<MatrixRun> VsTestRuns, WorkerBatch? Batch);

/// <summary>
/// The runs of one matrix: the two baselines (whole suite, both WebSocket auth-failure styles), then one run per
/// fault — by default only the fault's expected catchers, since their failing is what proves the fault detected; the
/// whole suite with <c>--full</c> or for a fault that declares no catcher. Each worker first runs its catchers with
/// no fault (a control): they must pass there, so their failing under a fault is the fault's doing.
/// </summary>
internal sealed record MatrixPlan(MatrixRun Baseline, MatrixRun Alternate, IReadOnlyList<MatrixRun> Faults, IReadOnlyList<string> Uncaught)
{
    public static MatrixPlan Create(MatrixOptions options, IReadOnlyDictionary<string, IReadOnlyList<string>> expected)
    {
        var baseline = new MatrixRun("baseline", Env(string.Empty), Tests: null);
        var alternate = new MatrixRun(
            "ws-auth-failure-close",
            new Dictionary<string, string>(Env(string.Empty)) { ["NETRA_REFERENCE_WS_AUTH_FAILURE"] = "close" },
            Tests: null);
        var faults = options.OnlyFaults ?? FaultSet.Known;
        var uncaught = faults.Where(f => expected.GetValueOrDefault(f, []).Count == 0).ToList();
        var runs = faults
            .Select(f => new MatrixRun(f, Env(f), options.Full || uncaught.Contains(f) ? null : expected[f]))
            .ToList();
        return new MatrixPlan(baseline, alternate, runs, uncaught);
    }

    /// <summary>
    /// Spreads the runs over the slots, longest first onto the least loaded slot (by the last matrix's times where
    /// known), so no slot is left running alone at the end.
    /// </summary>
    public IReadOnlyList<MatrixSlot> Slots(int parallel, RunHistory history)
    {
        var loads = new double[parallel];
        var vstest = Enumerable.Range(0, parallel).Select(_ => new List<MatrixRun>()).ToList();
        var worker = Enumerable.Range(0, parallel).Select(_ => new List<MatrixRun>()).ToList();
        foreach (var run in new[] { Baseline, Alternate }.Concat(Faults).OrderByDescending(history.Estimate))
        {
            var slot = Array.IndexOf(loads, loads.Min());
            loads[slot] += history.Estimate(run);
            (run.WholeSuite ? vstest : worker)[slot].Add(run);
        }

        return Enumerable.Range(0, parallel)
            .Select(i => new MatrixSlot(vstest[i], worker[i].Count == 0 ? null : Batch(i, worker[i])))
            .Where(s => s.VsTestRuns.Count > 0 || s.Batch is not null)
            .ToList();
    }

    private static WorkerBatch Batch(int index, List<MatrixRun> runs)
    {
        var name = $"control-{index + 1}";
        var control = new MatrixRun(name, Env(string.Empty), runs.SelectMany(r => r.Tests!).Distinct(StringComparer.Ordinal).ToList());
        return new WorkerBatch($"worker-{index + 1}", [control, .. runs]);
    }

    private static Dictionary<string, string> Env(string faults) =>
        new(StringComparer.Ordinal) { ["NETRA_E2E_TARGET"] = "local", ["NETRA_REFERENCE_FAULTS"] = faults };
}
