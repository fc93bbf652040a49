using Netra.E2E.Load.Metrics;

namespace Netra.E2E.Load.Thresholds;

/// <summary>
/// The limits a run has unless told otherwise: no error, no violation, and latencies a healthy target meets with
/// 1,000 users on a small shared machine (client and embedded backend on 2 cores). Staging runs set their own.
/// </summary>
internal static class DefaultThresholds
{
    /// <summary>The defaults, by name.</summary>
    public static IReadOnlyList<Threshold> All { get; } =
    [
        new(ThresholdNames.ErrorRate, 0),
        new(ThresholdNames.Violations, 0),
        new($"{LoadHistograms.Welcome}_p50_ms", 2000),
        new($"{LoadHistograms.Welcome}_p95_ms", 5000),
        new($"{LoadHistograms.Welcome}_p99_ms", 8000),
        new($"{LoadHistograms.FirstEvent}_p50_ms", 1000),
        new($"{LoadHistograms.FirstEvent}_p95_ms", 3000),
        new($"{LoadHistograms.FirstEvent}_p99_ms", 5000),
        new($"{LoadHistograms.Completion}_p50_ms", 2000),
        new($"{LoadHistograms.Completion}_p95_ms", 5000),
        new($"{LoadHistograms.Completion}_p99_ms", 8000),
    ];
}
