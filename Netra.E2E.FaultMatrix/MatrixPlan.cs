using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.FaultMatrix;

/// <summary>
/// The runs of one matrix: the two baselines (whole suite, both WebSocket auth-failure styles), then one run per
/// fault — by default only the fault's expected catchers, since their failing is what proves the fault detected; the
/// whole suite with <c>--full</c> or for a fault that declares no catcher.
/// </summary>
internal sealed record MatrixPlan(MatrixRun Baseline, MatrixRun Alternate, IReadOnlyList<MatrixRun> Faults, IReadOnlyList<string> Uncaught)
{
    private const string Local = "local";

    public IEnumerable<MatrixRun> All => new[] { Baseline, Alternate }.Concat(Faults);

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

    /// <summary>Longest first (by the last matrix's times where known), so no long run is left to finish alone.</summary>
    public IReadOnlyList<MatrixRun> Schedule(RunHistory history)
    {
        return All
            .Select((run, index) => (run, index, seconds: history.Estimate(run)))
            .OrderByDescending(r => r.seconds)
            .ThenBy(r => r.index)
            .Select(r => r.run)
            .ToList();
    }

    private static Dictionary<string, string> Env(string faults) =>
        new(StringComparer.Ordinal) { ["NETRA_E2E_TARGET"] = Local, ["NETRA_REFERENCE_FAULTS"] = faults };
}
