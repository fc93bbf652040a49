using System.Collections.Concurrent;
using HdrHistogram;

namespace Netra.E2E.Load.Metrics;

/// <summary>
/// Everything a run measures, thread-safe: latency histograms (µs), counters, and the failures. Every failure is counted;
/// the first <see cref="KeptFailures"/> are kept whole (with transcripts) for the summary and the result file.
/// </summary>
internal sealed class LoadMetrics
{
    /// <summary>How many failures are kept with their text.</summary>
    public const int KeptFailures = 100;

    private readonly ConcurrentDictionary<string, HistogramBase> _histograms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _counters = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<UserFailure> _failures = new();
    private int _kept;

    /// <summary>Records <paramref name="elapsed"/> into histogram <paramref name="name"/>.</summary>
    public void Record(string name, TimeSpan elapsed)
    {
        var micros = Math.Clamp((long)elapsed.TotalMicroseconds, 1, LoadHistograms.HighestMicros);
        _histograms.GetOrAdd(name, _ => LoadHistograms.NewConcurrent()).RecordValue(micros);
    }

    /// <summary>Adds <paramref name="by"/> to counter <paramref name="name"/>.</summary>
    public void Count(string name, long by = 1) => _counters.AddOrUpdate(name, by, (_, v) => v + by);

    /// <summary>Counts a failure under its kind and category and keeps it if there is room.</summary>
    public void Fail(UserFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Count(failure.Kind == UserFailure.Violation ? LoadCounters.Violations : LoadCounters.Errors);
        Count($"{failure.Kind}:{failure.Category}");
        if (Interlocked.Increment(ref _kept) <= KeptFailures)
        {
            _failures.Enqueue(failure);
        }
    }

    /// <summary>The value of a counter (0 when never counted).</summary>
    public long Counter(string name) => _counters.GetValueOrDefault(name);

    /// <summary>A copy of every counter.</summary>
    public IReadOnlyDictionary<string, long> Counters => new SortedDictionary<string, long>(_counters, StringComparer.Ordinal);

    /// <summary>A copy of every histogram.</summary>
    public IReadOnlyDictionary<string, HistogramBase> Histograms =>
        _histograms.ToDictionary(p => p.Key, p => p.Value.Copy(), StringComparer.Ordinal);

    /// <summary>The kept failures, in the order they happened.</summary>
    public IReadOnlyList<UserFailure> Failures => [.. _failures];

    /// <summary>The 95th percentile of <paramref name="name"/> so far in ms, or null without samples (for live progress).</summary>
    public double? P95Ms(string name) =>
        _histograms.TryGetValue(name, out var h) && h.TotalCount > 0 ? h.GetValueAtPercentile(95) / 1000.0 : null;
}
