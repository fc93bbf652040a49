namespace Netra.E2E.FaultMatrix;

/// <summary>How the suite did against one fault.</summary>
internal sealed record FaultVerdict(string Fault, RunResult Result, IReadOnlyList<string> ExpectedCatchers)
{
    public bool Detected => !Result.TimedOut && Result.Failures.Count > 0;

    /// <summary>Expected catchers that did not fail (passed, skipped, or never ran).</summary>
    public IReadOnlyList<string> Missed => ExpectedCatchers.Where(t => !Result.Failed(t)).ToList();

    public bool IsExpected(TestOutcome outcome) =>
        ExpectedCatchers.Any(t => outcome.FullName == t || outcome.FullName.StartsWith(t + "(", StringComparison.Ordinal));
}
