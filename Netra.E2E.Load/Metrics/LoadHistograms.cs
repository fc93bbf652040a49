using HdrHistogram;

namespace Netra.E2E.Load.Metrics;

/// <summary>The histogram names of a run and how they are created: microseconds, 1 µs to 1 h, 3 significant digits.</summary>
internal static class LoadHistograms
{
    /// <summary>The largest value a histogram tracks: one hour in microseconds.</summary>
    public const long HighestMicros = 3_600_000_000;

    /// <summary>Significant digits kept (0.1 % resolution).</summary>
    public const int Digits = 3;

    /// <summary>Token obtained (register/login, bypass or mint).</summary>
    public const string Token = "token";

    /// <summary>WebSocket handshake start to the welcome frame.</summary>
    public const string Welcome = "welcome";

    /// <summary>Run request sent to its first agent event.</summary>
    public const string FirstEvent = "first_event";

    /// <summary>Run request sent to its terminal event.</summary>
    public const string Completion = "completion";

    /// <summary>One REST request (rest-chat scenario).</summary>
    public const string Http = "http_request";

    /// <summary>The order in which the summary lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Token, Welcome, FirstEvent, Completion, Http];

    /// <summary>A new thread-safe histogram for recording.</summary>
    public static HistogramBase NewConcurrent() => new LongConcurrentHistogram(1, HighestMicros, Digits);

    /// <summary>A new histogram for merging into.</summary>
    public static HistogramBase NewPlain() => new LongHistogram(1, HighestMicros, Digits);
}
