namespace Netra.E2E.FaultMatrix;

/// <summary>One test's result in one run, read from TRX.</summary>
internal sealed record TestOutcome(string FullName, string Outcome, string FirstMessageLine)
{
    public bool Failed => Outcome is "Failed" or "Error" or "Timeout" or "Aborted";

    public bool Passed => Outcome == "Passed";
}
