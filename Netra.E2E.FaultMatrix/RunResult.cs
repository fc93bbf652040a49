namespace Netra.E2E.FaultMatrix;

/// <summary>What one matrix run produced.</summary>
internal sealed record RunResult(MatrixRun Run, IReadOnlyList<TestOutcome> Outcomes, TimeSpan Elapsed, bool TimedOut, int? ExitCode)
{
    public IReadOnlyList<TestOutcome> Failures => Outcomes.Where(o => o.Failed).ToList();

    /// <summary>A clean pass: tests ran, none failed, the run finished in time.</summary>
    public bool Passed => !TimedOut && Outcomes.Count > 0 && Failures.Count == 0;

    /// <summary>True when the test failed — for a parameterized test, when any of its cases failed.</summary>
    public bool Failed(string fullName) =>
        Outcomes.Any(o => o.Failed && (o.FullName == fullName || o.FullName.StartsWith(fullName + "(", StringComparison.Ordinal)));
}
