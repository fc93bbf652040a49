using System.Diagnostics;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.FaultMatrix;

/// <summary>
/// One matrix: build, read the expected catchers, run baselines and faults, write the report. Exit 0 only when both
/// baselines pass and every fault is detected by all of its expected catchers; 1 otherwise.
/// </summary>
internal static class MatrixApp
{
    public static async Task<int> RunAsync(MatrixOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (options.Build && !await Build.RunAsync(options, cancellationToken).ConfigureAwait(false))
        {
            return 1;
        }

        if (!File.Exists(options.StagingAssembly))
        {
            await Console.Error.WriteLineAsync($"no built tests at {options.StagingAssembly}: build first, or drop --no-build")
                .ConfigureAwait(false);
            return 1;
        }

        var expected = Expectations.Read(options.StagingAssembly);
        var unknown = expected.Keys.Except(FaultSet.Known).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"[Catches] names faults the backend does not know: {string.Join(", ", unknown)}")
                .ConfigureAwait(false);
            return 1;
        }

        var plan = MatrixPlan.Create(options, expected);
        foreach (var fault in plan.Uncaught)
        {
            Console.WriteLine($"warning: no test declares [Catches(\"{fault}\")]; its run is the whole suite");
        }

        var history = await RunHistory.ReadAsync(MatrixReport.JsonPath(options.Output), cancellationToken).ConfigureAwait(false);
        var slots = plan.Slots(options.Parallel, history);
        var runs = slots.SelectMany(s => s.VsTestRuns.Concat(s.Batch?.Runs ?? [])).ToList();
        var scope = options.Full ? "whole suite each" : "expected catchers only";
        Console.WriteLine($"fault matrix: {runs.Count} runs ({plan.Faults.Count} faults, {scope}; 2 whole-suite baselines; " +
            $"{runs.Count - plan.Faults.Count - 2} no-fault controls), " +
            $"{options.Parallel} at a time, {options.Workers} NUnit workers each");
        var state = new ProgressState(runs.Count, options.Parallel, history);
        state.Plan(runs);
        var progress = MatrixProgress.Create(state);
        IReadOnlyList<string> Catchers(MatrixRun run) => plan.Faults.Contains(run) ? expected.GetValueOrDefault(run.Name, []) : [];
        var results = await progress
            .ShowAsync(() => MatrixScheduler.RunAsync(slots, options, progress, Catchers, cancellationToken))
            .ConfigureAwait(false);

        var byRun = results.ToDictionary(r => r.Run);
        var baselines = new[] { byRun[plan.Baseline], byRun[plan.Alternate] }
            .Concat(runs.Where(r => r != plan.Baseline && r != plan.Alternate && !plan.Faults.Contains(r)).Select(r => byRun[r]))
            .ToList();
        var verdicts = plan.Faults.Select(f => new FaultVerdict(f.Name, byRun[f], expected.GetValueOrDefault(f.Name, []))).ToList();
        await MatrixReport.WriteAsync(options.Output, baselines, verdicts, clock.Elapsed, cancellationToken)
            .ConfigureAwait(false);
        Console.WriteLine($"report: {Path.Combine(options.Output, "fault-matrix.md")} (and .json), {clock.Elapsed.TotalSeconds:0} s");
        Console.WriteLine(MatrixReport.Summary(baselines, verdicts));
        var ok = baselines.All(b => b.Passed) && verdicts.All(v => v.Detected && v.Missed.Count == 0);
        return ok ? 0 : 1;
    }
}
