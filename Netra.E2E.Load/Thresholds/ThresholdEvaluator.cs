using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Results;

namespace Netra.E2E.Load.Thresholds;

/// <summary>Checks thresholds against a result (one run or a merge of shards), from its counters and histograms.</summary>
internal static class ThresholdEvaluator
{
    /// <summary>One outcome per threshold, in the thresholds' order.</summary>
    public static IReadOnlyList<ThresholdOutcome> Evaluate(IEnumerable<Threshold> thresholds, LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(result);
        return [.. thresholds.Select(t => Check(t, result))];
    }

    private static ThresholdOutcome Check(Threshold threshold, LoadResult result)
    {
        double? actual = threshold.Name switch
        {
            ThresholdNames.Violations => result.Counter(LoadCounters.Violations),
            ThresholdNames.ErrorRate => ErrorRate(result),
            _ => Percentile(threshold.Name, result),
        };
        return new ThresholdOutcome(threshold.Name, threshold.Limit, actual, actual is null || actual <= threshold.Limit);
    }

    private static double? ErrorRate(LoadResult result)
    {
        var iterations = result.Counter(LoadCounters.Iterations);
        var failed = result.Counter(LoadCounters.Errors) + result.Counter(LoadCounters.Violations);

        // A run in which nothing started has failed; it is not "0 % errors".
        return iterations == 0 ? 1 : (double)failed / iterations;
    }

    private static double? Percentile(string name, LoadResult result)
    {
        var (metric, percentile) = ThresholdParser.Percentile(name)
            ?? throw new InvalidOperationException($"threshold '{name}' is neither a percentile nor a counter threshold");
        var histogram = result.Histogram(metric);
        return histogram is null || histogram.TotalCount == 0 ? null : histogram.GetValueAtPercentile(percentile) / 1000.0;
    }
}
