using System.Diagnostics;
using System.Globalization;
using Netra.E2E.Load.Cli;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Thresholds;

namespace Netra.E2E.Load.Results;

/// <summary>Builds a shard's result from what it measured and checks its thresholds.</summary>
internal static class ResultBuilder
{
    /// <summary>The result of this process's run.</summary>
    public static LoadResult Build(
        LoadOptions options, string run, string target, bool embedded, LoadMetrics metrics, DateTimeOffset started, bool interrupted)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        var finished = DateTimeOffset.UtcNow;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var thresholds = ThresholdParser.Apply(DefaultThresholds.All, options.Thresholds);
        var result = new LoadResult
        {
            Run = run,
            Scenario = options.Scenario,
            Target = target,
            Users = options.Users,
            Shards = [options.Shard.ToString()],
            Options = Describe(options),
            StartedAt = started,
            FinishedAt = finished,
            Interrupted = interrupted,
            Counters = metrics.Counters,
            Histograms = metrics.Histograms.ToDictionary(p => p.Key, p => HistogramRecord.Of(p.Value), StringComparer.Ordinal),
            Failures = metrics.Failures,
            Thresholds = thresholds,
            Processes =
            [
                new ShardProcess(options.Shard.ToString(), Environment.MachineName, (finished - started).TotalSeconds,
                    process.TotalProcessorTime.TotalSeconds, process.PeakWorkingSet64, embedded),
            ],
        };
        return result with { Outcomes = ThresholdEvaluator.Evaluate(thresholds, result) };
    }

    private static Dictionary<string, string> Describe(LoadOptions o)
    {
        string S(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
        var described = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ramp"] = S(o.Ramp),
            ["iterations"] = o.Duration is null ? o.Iterations.ToString(CultureInfo.InvariantCulture) : "until duration",
            ["think_time"] = S(o.ThinkTime),
            ["seed"] = o.Seed.ToString(CultureInfo.InvariantCulture),
            ["agent"] = o.Agent,
            ["user_timeout"] = S(o.UserTimeout),
        };
        if (o.Duration is { } duration)
        {
            described["duration"] = S(duration);
        }

        return described;
    }
}
