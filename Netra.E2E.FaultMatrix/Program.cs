using System.Diagnostics;
using Netra.E2E.FaultMatrix;
using Netra.E2E.ReferenceBackend.Faults;

// The fault matrix: the tiers must pass against the correct reference backend (in both WebSocket auth-failure
// styles) and fail against every named fault, in the tests that TIERS.md expects.
MatrixOptions options;
try
{
    options = MatrixOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var clock = Stopwatch.StartNew();
if (options.Build && !await Build.RunAsync(options, cancel.Token))
{
    return 1;
}

var stagingDll = Path.Combine(options.Root, "Netra.E2E.Staging", "bin", options.Configuration, "net10.0", "Netra.E2E.Staging.dll");
var expected = Expectations.Read(stagingDll);
var unknown = expected.Keys.Except(FaultSet.Known).ToList();
if (unknown.Count > 0)
{
    await Console.Error.WriteLineAsync($"[Catches] names faults the backend does not know: {string.Join(", ", unknown)}");
    return 1;
}

var faults = options.OnlyFaults ?? FaultSet.Known;
var runs = new List<MatrixRun>
{
    new("baseline", new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "local", ["NETRA_REFERENCE_FAULTS"] = string.Empty }),
    new("ws-auth-failure-close", new Dictionary<string, string>
    {
        ["NETRA_E2E_TARGET"] = "local", ["NETRA_REFERENCE_FAULTS"] = string.Empty, ["NETRA_REFERENCE_WS_AUTH_FAILURE"] = "close",
    }),
};
runs.AddRange(faults.Select(f => new MatrixRun(f, new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "local", ["NETRA_REFERENCE_FAULTS"] = f })));

Console.WriteLine($"fault matrix: {runs.Count} runs ({faults.Count} faults + 2 baselines), {options.Parallel} at a time, {options.Workers} NUnit workers each");
var gate = new SemaphoreSlim(options.Parallel);
var done = 0;
var results = await Task.WhenAll(runs.Select(async run =>
{
    await gate.WaitAsync(cancel.Token);
    try
    {
        var result = await run.ExecuteAsync(options, cancel.Token);
        var n = Interlocked.Increment(ref done);
        var catchers = expected.GetValueOrDefault(run.Name, []);
        var caught = catchers.Count(result.Failed);
        Console.WriteLine($"[{n,2}/{runs.Count}] {run.Name,-24} {(result.TimedOut ? "TIMED OUT" : $"{result.Failures.Count} failed of {result.Outcomes.Count}")}" +
            $"{(catchers.Count > 0 ? $", expected catchers failing {caught}/{catchers.Count}" : string.Empty)} ({result.Elapsed.TotalSeconds:0} s)");
        return result;
    }
    finally
    {
        gate.Release();
    }
}));

var baseline = results[0];
var alternate = results[1];
var verdicts = results.Skip(2).Select(r => new FaultVerdict(r.Run.Name, r, expected.GetValueOrDefault(r.Run.Name, []))).ToList();
await MatrixReport.WriteAsync(options.Output, baseline, alternate, verdicts, clock.Elapsed, cancel.Token);
Console.WriteLine($"report: {Path.Combine(options.Output, "fault-matrix.md")} (and .json), {clock.Elapsed.TotalSeconds:0} s");
var summary = MatrixReport.Summary(baseline, alternate, verdicts);
Console.WriteLine(summary);
var ok = baseline.Passed && alternate.Passed && verdicts.All(v => v.Detected && v.Missed.Count == 0);
return ok ? 0 : 1;
