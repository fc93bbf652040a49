using HdrHistogram;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Thresholds;

namespace Netra.E2E.Load.Results;

/// <summary>
/// The result of a run or of a merge of shards, as written to <c>artifacts/load/&lt;run&gt;.json</c>. Counters and
/// histograms are exact, so results add up; failures are the kept ones (their total is in the counters).
/// No secret or token is ever part of it.
/// </summary>
internal sealed record LoadResult
{
    // Keyed by the encoded data, so a copy made with `with { Histograms = ... }` never reads a stale decoding.
    private readonly Dictionary<string, HistogramBase> _decoded = new(StringComparer.Ordinal);

    /// <summary>Version of this file's layout.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>The run's name (shared by all its shards).</summary>
    public required string Run { get; init; }

    /// <summary>The scenario.</summary>
    public required string Scenario { get; init; }

    /// <summary>The target, without secrets.</summary>
    public required string Target { get; init; }

    /// <summary>Users of the whole run (all shards).</summary>
    public required int Users { get; init; }

    /// <summary>The shards this result covers, <c>i/n</c> each.</summary>
    public required IReadOnlyList<string> Shards { get; init; }

    /// <summary>The options that shape the load (ramp, iterations, think time, seed ...), for the report.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>When the first user started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the last user ended.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>True when Ctrl+C (or SIGTERM) stopped the run before every user finished.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Every counter (see <see cref="LoadCounters"/>, plus <c>violation:&lt;rule&gt;</c> and <c>error:&lt;kind&gt;</c>).</summary>
    public IReadOnlyDictionary<string, long> Counters { get; init; } = new Dictionary<string, long>();

    /// <summary>Every histogram, by name (see <see cref="LoadHistograms"/>).</summary>
    public IReadOnlyDictionary<string, HistogramRecord> Histograms { get; init; } = new Dictionary<string, HistogramRecord>();

    /// <summary>The kept failures, each with its user and, for violations, the run's transcript.</summary>
    public IReadOnlyList<UserFailure> Failures { get; init; } = [];

    /// <summary>The thresholds in force.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>The thresholds checked against this result.</summary>
    public IReadOnlyList<ThresholdOutcome> Outcomes { get; init; } = [];

    /// <summary>What each shard's process cost.</summary>
    public IReadOnlyList<ShardProcess> Processes { get; init; } = [];

    /// <summary>Whether every threshold passed and the run was not interrupted.</summary>
    public bool Passed => !Interrupted && Outcomes.All(o => o.Passed);

    /// <summary>A counter's value, 0 when absent.</summary>
    public long Counter(string name) => Counters.GetValueOrDefault(name);

    /// <summary>The decoded histogram <paramref name="name"/>, or null when the run recorded none.</summary>
    public HistogramBase? Histogram(string name)
    {
        lock (_decoded)
        {
            if (!Histograms.TryGetValue(name, out var record))
            {
                return null;
            }

            if (!_decoded.TryGetValue(record.Data, out var histogram))
            {
                histogram = _decoded[record.Data] = HistogramCodec.Decode(record.Data);
            }

            return histogram;
        }
    }
}
