using HdrHistogram;
using Netra.E2E.Load.Metrics;

namespace Netra.E2E.Load.Results;

/// <summary>
/// One histogram in a result file: the exact HDR encoding (<see cref="Data"/>, what merging reads) plus percentiles in
/// milliseconds for people and dashboards (derived, never read back).
/// </summary>
internal sealed record HistogramRecord
{
    /// <summary>The encoding of <see cref="Data"/>.</summary>
    public string Encoding { get; init; } = "hdrhistogram-v2-compressed-base64";

    /// <summary>Unit of the recorded values.</summary>
    public string Unit { get; init; } = "us";

    /// <summary>Number of samples.</summary>
    public long Count { get; init; }

    /// <summary>Mean in ms.</summary>
    public double MeanMs { get; init; }

    /// <summary>Smallest sample in ms.</summary>
    public double MinMs { get; init; }

    /// <summary>Median in ms.</summary>
    public double P50Ms { get; init; }

    /// <summary>90th percentile in ms.</summary>
    public double P90Ms { get; init; }

    /// <summary>95th percentile in ms.</summary>
    public double P95Ms { get; init; }

    /// <summary>99th percentile in ms.</summary>
    public double P99Ms { get; init; }

    /// <summary>Largest sample in ms.</summary>
    public double MaxMs { get; init; }

    /// <summary>The histogram, encoded by <see cref="HistogramCodec"/>.</summary>
    public string Data { get; init; } = string.Empty;

    /// <summary>Describes <paramref name="histogram"/>.</summary>
    public static HistogramRecord Of(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var empty = histogram.TotalCount == 0;
        double Ms(double micros) => empty ? 0 : Math.Round(micros / 1000.0, 3);
        return new HistogramRecord
        {
            Count = histogram.TotalCount,
            MeanMs = Ms(empty ? 0 : histogram.GetMean()),
            MinMs = Ms(empty ? 0 : histogram.RecordedValues().First().ValueIteratedTo),
            P50Ms = Ms(histogram.GetValueAtPercentile(50)),
            P90Ms = Ms(histogram.GetValueAtPercentile(90)),
            P95Ms = Ms(histogram.GetValueAtPercentile(95)),
            P99Ms = Ms(histogram.GetValueAtPercentile(99)),
            MaxMs = Ms(histogram.GetMaxValue()),
            Data = HistogramCodec.Encode(histogram),
        };
    }
}
