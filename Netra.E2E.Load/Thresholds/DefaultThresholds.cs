using Netra.E2E.Load.Metrics;

namespace Netra.E2E.Load.Thresholds;

/// <summary>
/// The limits a run has unless told otherwise: no error, no violation, and latencies a healthy target meets with
/// 1,000 users started at once on a small shared machine (client and embedded backend on 2 cores, 1,000 TLS handshakes
/// at the same moment: measured p50 welcome 3.0-3.8 s there). Set tighter ones with <c>--threshold</c> for a real target.
/// </summary>
internal static class DefaultThresholds
{
    /// <summary>The defaults, by name.</summary>
    public static IReadOnlyList<Threshold> All { get; } =
    [
        new(ThresholdNames.ErrorRate, 0),
        new(ThresholdNames.Violations, 0),
        new($"{LoadHistograms.Welcome}_p50_ms", 6000),
        new($"{LoadHistograms.Welcome}_p95_ms", 10000),
        new($"{LoadHistograms.Welcome}_p99_ms", 12000),
        new($"{LoadHistograms.FirstEvent}_p50_ms", 2000),
        new($"{LoadHistograms.FirstEvent}_p95_ms", 3000),
        new($"{LoadHistograms.FirstEvent}_p99_ms", 5000),
        new($"{LoadHistograms.Completion}_p50_ms", 3000),
        new($"{LoadHistograms.Completion}_p95_ms", 5000),
        new($"{LoadHistograms.Completion}_p99_ms", 8000),
    ];
}
