using Netra.E2E.Load.Metrics;

namespace Netra.E2E.Load.Thresholds;

/// <summary>
/// The limits a run has unless told otherwise: no error, no violation, and latencies about twice the worst of three runs
/// of the default scenario on a shared 2-core machine (1,000 users at once, embedded HTTPS backend in the same process:
/// welcome p50/p95/p99 up to 2.5/2.9/2.9 s, first event 0.41/0.70/0.75 s, completion 0.79/1.21/1.29 s on 2026-12-03).
/// Set tighter ones with <c>--threshold</c> for a real target.
/// </summary>
internal static class DefaultThresholds
{
    /// <summary>The defaults, by name.</summary>
    public static IReadOnlyList<Threshold> All { get; } =
    [
        new(ThresholdNames.ErrorRate, 0),
        new(ThresholdNames.Violations, 0),
        new($"{LoadHistograms.Welcome}_p50_ms", 4000),
        new($"{LoadHistograms.Welcome}_p95_ms", 5000),
        new($"{LoadHistograms.Welcome}_p99_ms", 6000),
        new($"{LoadHistograms.FirstEvent}_p50_ms", 1000),
        new($"{LoadHistograms.FirstEvent}_p95_ms", 1500),
        new($"{LoadHistograms.FirstEvent}_p99_ms", 2000),
        new($"{LoadHistograms.Completion}_p50_ms", 1500),
        new($"{LoadHistograms.Completion}_p95_ms", 2500),
        new($"{LoadHistograms.Completion}_p99_ms", 3000),
    ];
}
