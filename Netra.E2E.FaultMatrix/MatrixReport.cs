using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Netra.E2E.FaultMatrix;

/// <summary>Writes <c>artifacts/fault-matrix.md</c> and its JSON twin, and composes the summary line.</summary>
internal static class MatrixReport
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static string JsonPath(string folder) => Path.Combine(folder, "fault-matrix.json");

    /// <summary>The last line. "baseline" covers every no-fault run: both whole-suite baselines and the workers' controls.</summary>
    public static string Summary(IReadOnlyList<RunResult> baselines, IReadOnlyList<FaultVerdict> verdicts) =>
        string.Create(CultureInfo.InvariantCulture,
            $"faults detected: {verdicts.Count(v => v.Detected)}/{verdicts.Count}, " +
            $"expected catchers missed: {verdicts.Sum(v => v.Missed.Count)}, " +
            $"baseline: {(baselines.All(b => b.Passed) ? "pass" : "fail")}");

    public static async Task WriteAsync(
        string folder, IReadOnlyList<RunResult> baselines, IReadOnlyList<FaultVerdict> verdicts, TimeSpan total,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var md = new StringBuilder();
        md.AppendLine("# Fault matrix").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{Summary(baselines, verdicts)} — {total.TotalSeconds:0} s in all")
            .AppendLine();
        foreach (var run in baselines)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- `{run.Run.Name}`: {(run.Passed ? "pass" : "FAIL")} ({run.Outcomes.Count(o => o.Passed)}/{run.Outcomes.Count} passed, " +
                $"{run.Elapsed.TotalSeconds:0} s{(run.TimedOut ? ", TIMED OUT" : string.Empty)})");
            foreach (var failure in run.Failures)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"  - {Short(failure.FullName)}: {Escape(failure.FirstMessageLine)}");
            }
        }

        md.AppendLine().AppendLine("Tests marked ★ are the catchers TIERS.md expects (their `[Catches]` attribute). A fault's run is " +
            "only its expected catchers (in a worker whose `control-N` run passed them with no fault), unless marked " +
            "(whole suite): with `--full`, or when no test declares a catcher.").AppendLine();
        md.AppendLine("| fault | detected | missed expected catchers | failing tests (first line of the failure) |");
        md.AppendLine("|---|---|---|---|");
        foreach (var v in verdicts)
        {
            var failing = string.Join("<br>", v.Result.Failures.Select(f =>
                $"{(v.IsExpected(f) ? "★ " : string.Empty)}{Short(f.FullName)}: {Escape(Trim(f.FirstMessageLine, 160))}"));
            var detected = v.Result.TimedOut ? "TIMED OUT" : v.Detected ? $"yes ({v.Result.Failures.Count})" : "NO";
            var missed = v.Missed.Count == 0 ? "—" : string.Join("<br>", v.Missed.Select(Short));
            var whole = v.Result.Run.WholeSuite ? " (whole suite)" : string.Empty;
            md.AppendLine(CultureInfo.InvariantCulture, $"| `{v.Fault}`{whole} | {detected} | {missed} | {failing} |");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "fault-matrix.md"), md.ToString(), cancellationToken).ConfigureAwait(false);
        var json = new
        {
            summary = Summary(baselines, verdicts),
            total_seconds = Math.Round(total.TotalSeconds, 1),
            baseline = RunJson(baselines[0]),
            ws_auth_failure_close = RunJson(baselines[1]),
            controls = baselines.Skip(2).Select(RunJson),
            faults = verdicts.Select(v => new
            {
                fault = v.Fault,
                detected = v.Detected,
                timed_out = v.Result.TimedOut,
                seconds = Math.Round(v.Result.Elapsed.TotalSeconds, 1),
                whole_suite = v.Result.Run.WholeSuite,
                tests = v.Result.Outcomes.Count,
                expected_catchers = v.ExpectedCatchers,
                missed = v.Missed,
                failed = v.Result.Failures.Select(f =>
                    new { test = f.FullName, expected = v.IsExpected(f), message = f.FirstMessageLine }),
            }),
        };
        await File.WriteAllTextAsync(JsonPath(folder), JsonSerializer.Serialize(json, JsonOptions), cancellationToken)
            .ConfigureAwait(false);
    }

    private static object RunJson(RunResult run) => new
    {
        run = run.Run.Name,
        passed = run.Passed,
        tests = run.Outcomes.Count,
        seconds = Math.Round(run.Elapsed.TotalSeconds, 1),
        failed = run.Failures.Select(f => new { test = f.FullName, message = f.FirstMessageLine }),
    };

    private static string Short(string fullName) => fullName.Replace("Netra.E2E.Staging.", string.Empty, StringComparison.Ordinal);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
