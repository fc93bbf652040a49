using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Thresholds;

namespace Netra.E2E.Load.Results;

/// <summary>
/// Combines shard results exactly: counters added, histograms added bucket by bucket, failures concatenated (kept up to
/// the per-run cap), start the earliest and end the latest. Thresholds are re-evaluated on the merge by the caller.
/// </summary>
internal static class ResultMerger
{
    /// <summary>Merges <paramref name="parts"/> (at least one) of the same run and scenario.</summary>
    /// <exception cref="FormatException">The parts are of different scenarios, or a shard appears twice.</exception>
    public static LoadResult Merge(IReadOnlyList<LoadResult> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new FormatException("merge needs at least one result file.");
        }

        var first = parts[0];
        if (parts.Select(p => p.Scenario).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new FormatException($"the files are of different scenarios: " +
                $"{string.Join(", ", parts.Select(p => p.Scenario).Distinct())}.");
        }

        var shards = parts.SelectMany(p => p.Shards).ToList();
        if (shards.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new FormatException($"shard {twice.Key} appears more than once: merging it twice would count its users twice.");
        }

        var counters = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, value) in parts.SelectMany(p => p.Counters))
        {
            counters[name] = counters.GetValueOrDefault(name) + value;
        }

        var histograms = new SortedDictionary<string, HistogramRecord>(StringComparer.Ordinal);
        foreach (var name in parts.SelectMany(p => p.Histograms.Keys).Distinct(StringComparer.Ordinal))
        {
            var sum = LoadHistograms.NewPlain();
            foreach (var part in parts)
            {
                if (part.Histogram(name) is { } histogram)
                {
                    sum.Add(histogram);
                }
            }

            histograms[name] = HistogramRecord.Of(sum);
        }

        return first with
        {
            Shards = [.. shards.OrderBy(ShardOrder)],
            StartedAt = parts.Min(p => p.StartedAt),
            FinishedAt = parts.Max(p => p.FinishedAt),
            Interrupted = parts.Any(p => p.Interrupted),
            Counters = counters,
            Histograms = histograms,
            Failures = [.. parts.SelectMany(p => p.Failures).Take(LoadMetrics.KeptFailures)],
            Processes = [.. parts.SelectMany(p => p.Processes)],
            Outcomes = [],
        };
    }

    private static int ShardOrder(string shard) =>
        int.TryParse(shard.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue;
}
