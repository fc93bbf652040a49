using System.Text;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Results;

namespace Netra.E2E.Load.Reporting;

/// <summary>The end-of-run summary, k6 style: checks, latency table, counters, process cost, thresholds, then each failure.</summary>
internal static class ConsoleSummary
{
    private const int ShownFailures = 10;

    /// <summary>Renders <paramref name="result"/> as plain text (the same on a terminal and in CI logs).</summary>
    public static string Render(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var iterations = result.Counter(LoadCounters.Iterations);
        var passed = result.Counter(LoadCounters.IterationsPassed);
        text.AppendLine()
            .AppendLine($"  run {result.Run} · scenario {result.Scenario} · users {result.Users} · shards " +
                $"{string.Join(",", result.Shards)}")
            .AppendLine($"  target {result.Target}")
            .AppendLine($"  options {string.Join(", ", result.Options.Select(o => $"{o.Key}={o.Value}"))}")
            .AppendLine()
            .AppendLine(Line("checks (oracle)",
                $"{Format.Percent(iterations == 0 ? 0 : (double)passed / iterations)}  ✓ {passed}  ✗ {iterations - passed}"))
            .AppendLine(Line("wall time", Format.Ms((result.FinishedAt - result.StartedAt).TotalMilliseconds)));
        foreach (var name in LoadHistograms.All.Where(result.Histograms.ContainsKey))
        {
            var h = result.Histograms[name];
            text.AppendLine(Line(name,
                $"avg={Format.Ms(h.MeanMs)} min={Format.Ms(h.MinMs)} p50={Format.Ms(h.P50Ms)} p90={Format.Ms(h.P90Ms)} " +
                $"p95={Format.Ms(h.P95Ms)} p99={Format.Ms(h.P99Ms)} max={Format.Ms(h.MaxMs)} n={h.Count}"));
        }

        foreach (var (name, value) in result.Counters)
        {
            text.AppendLine(Line(name, Format.Num(value)));
        }

        foreach (var p in result.Processes)
        {
            text.AppendLine(Line($"process {p.Shard}",
                $"cpu {Format.Num(Math.Round(p.CpuSeconds, 2))}s, peak rss {Format.MiB(p.PeakRssBytes)}" +
                (p.EmbeddedBackend ? " (client + embedded backend)" : string.Empty)));
        }

        text.AppendLine().AppendLine("  THRESHOLDS");
        foreach (var o in result.Outcomes)
        {
            var mark = o.Passed ? "✓" : "✗";
            text.AppendLine($"    {mark} {o.Name} <= {Format.Num(o.Limit)}  (actual {Format.Actual(o.Name, o.Actual)})");
        }

        AppendFailures(text, result);
        text.AppendLine().AppendLine(Verdict(result));
        return text.ToString();
    }

    /// <summary>The last line: PASSED, or FAILED naming each failed threshold.</summary>
    public static string Verdict(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failed = result.Outcomes.Where(o => !o.Passed).Select(o => o.Name).ToList();
        return result.Interrupted ? "  INTERRUPTED: the run was stopped before every user finished; thresholds were not decisive."
            : failed.Count == 0 ? "  PASSED: every threshold held."
            : $"  FAILED: threshold(s) crossed: {string.Join(", ", failed)}";
    }

    private static void AppendFailures(StringBuilder text, LoadResult result)
    {
        if (result.Failures.Count == 0)
        {
            return;
        }

        var total = result.Counter(LoadCounters.Violations) + result.Counter(LoadCounters.Errors);
        text.AppendLine().AppendLine($"  FAILURES ({total}; the first {Math.Min(ShownFailures, result.Failures.Count)} shown, " +
            $"{result.Failures.Count} kept in the JSON)");
        foreach (var f in result.Failures.Take(ShownFailures))
        {
            text.AppendLine($"  ✗ user {f.User} iteration {f.Iteration}: {f.Kind} [{f.Category}]")
                .AppendLine(Indent(f.Message, "      "));
            if (f.Transcript is { } transcript)
            {
                text.AppendLine("    transcript:").AppendLine(Indent(transcript, "      "));
            }
        }
    }

    private static string Line(string name, string value) => $"  {(name + " ").PadRight(32, '.')}: {value}";

    private static string Indent(string text, string prefix) =>
        string.Join(Environment.NewLine, text.ReplaceLineEndings("\n").Split('\n').Select(l => prefix + l));
}
