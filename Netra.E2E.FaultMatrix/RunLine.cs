using System.Globalization;

namespace Netra.E2E.FaultMatrix;

/// <summary>The one line printed per finished run: its outcome, then the matrix's counts, time so far and time left.</summary>
internal static class RunLine
{
    public static string Format(RunResult result, IReadOnlyList<string> catchers, ProgressSnapshot at)
    {
        var outcome = result.TimedOut
            ? $"TIMED OUT after {result.Elapsed.TotalSeconds:0} s, process tree killed"
            : $"{result.Failures.Count} failed of {result.Outcomes.Count}";
        var caught = catchers.Count > 0 ? $", expected catchers failing {catchers.Count(result.Failed)}/{catchers.Count}" : string.Empty;
        var scope = result.Run.WholeSuite ? "whole suite" : "catchers";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{at.Done,2}/{at.Total}] {result.Run.Name,-24} {outcome}{caught} " +
            $"({result.Elapsed.TotalSeconds:0} s, {scope}) · {Status(at)}");
    }

    /// <summary>Counts and times without a run: "12/31 runs · 0:45 elapsed · ~1:10 left".</summary>
    public static string Status(ProgressSnapshot at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Done}/{at.Total} runs · {Clock(at.Elapsed)} elapsed · {Left(at)}");

    private static string Left(ProgressSnapshot at) => at.Remaining is { } left ? $"~{Clock(left)} left" : "time left: estimating";

    private static string Clock(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes}:{t.Seconds:00}");
}
