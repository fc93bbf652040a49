using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// Every tier test's outcome of this run, recorded as each one ends, so the run closes with one block a person reads at
/// the default verbosity: counts per tier, failures with their one-line reason, the slowest tests, tests that did not
/// apply, tests that passed only after retries, and where the report goes.
/// </summary>
public static class RunResults
{
    private const int Slowest = 5;
    private static readonly ConcurrentQueue<TestRecord> Records = new();

    /// <summary>Records one finished test.</summary>
    public static void Add(TestRecord record) => Records.Enqueue(record);

    /// <summary>The end-of-run block, or an empty string when no tier test ran.</summary>
    public static string Summary()
    {
        var all = Records.ToList();
        if (all.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder().AppendLine("==== Netra.E2E results ====");
        foreach (var tier in all.GroupBy(r => r.Tier).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{tier.Key,-9} {tier.Count(r => r.Outcome == "Passed")} passed, {tier.Count(r => r.Outcome == "Failed")} failed, " +
                $"{tier.Count(r => r.Outcome is not ("Passed" or "Failed"))} not run ({tier.Sum(r => r.Duration.TotalSeconds):0.0} s of " +
                    $"test time)");
        }

        // Many tests failing for one reason (the run could not start, the target went away) are one line, not hundreds.
        Section(text, "failed", all.Where(r => r.Outcome == "Failed").GroupBy(r => r.Reason)
            .SelectMany(g => g.Count() > 3 ? [$"{g.Count()} tests: {g.Key}"] : g.Select(r => $"{r.Name}: {r.Reason}")));
        Section(text, "not applicable to this target (not run, never passed)", NotApplicableLog.All.Select(e => $"{e.Test}: {e.Reason}"));
        Section(text, "passed only after HTTP retries (flaky)", all.Where(r => r.Flaky && r.Outcome == "Passed").Select(r => r.Name));
        Section(text, "slowest", all.OrderByDescending(r => r.Duration).Take(Slowest)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Duration.TotalSeconds,6:0.00} s  {r.Name}")));
        return text.Append("report: artifacts/report/index.html (bash .ci/run, or dotnet run --project Netra.E2E.Report -- --trx " +
            "<results>)")
            .ToString();
    }

    /// <summary>Forgets the records (a new run in the same process).</summary>
    public static void Reset() => Records.Clear();

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{title} ({list.Count}):");
        foreach (var line in list)
        {
            text.Append("  ").AppendLine(line);
        }
    }
}
