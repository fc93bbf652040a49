using Netra.E2E.Load.Cli;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Results;

namespace Netra.E2E.Load.Tests;

// Four shards as four processes against ONE reference backend, as the Kubernetes job runs n pods against one target:
// the merge is only meaningful when every shard loads the same deployment. The backend is started by the test, on
// plain HTTP (a custom target needs no pinned certificate that way), with a bypass key the shards receive.
[NonParallelizable]
public sealed class ShardMergeTests
{
    private const int Shards = 4;
    private const int Users = 24;
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromSeconds(40);
    private string _out = null!;

    [SetUp]
    public void CreateOutputFolder() => _out = Directory.CreateTempSubdirectory("netra-load-shards-").FullName;

    [TearDown]
    public void DeleteOutputFolder() => Directory.Delete(_out, recursive: true);

    [Test]
    [CancelAfter(55_000)]
    public async Task FourShards_MergedResult_IsTheExactSumOfTheShards(CancellationToken cancellationToken)
    {
        await using var backend = await LoadTestBackend.StartAsync(string.Empty, cancellationToken);

        var runs = await Task.WhenAll(Enumerable.Range(0, Shards).Select(i => LoadProcess.RunAsync(
            ["--users", $"{Users}", "--shard", $"{i}/{Shards}", "--run", "shardtest", "--out", _out, "--plain"],
            backend.Environment, ProcessDeadline, cancellationToken)));

        runs.Should().OnlyContain(r => r.ExitCode == ExitCodes.Passed, "every shard passes its thresholds: {0}",
            runs.Select(r => r.Output).FirstOrDefault());
        var files = Directory.GetFiles(_out, "shardtest.shard-*.json").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCount(Shards);
        var parts = new List<LoadResult>();
        foreach (var file in files)
        {
            parts.Add(await LoadResultFile.ReadAsync(file, cancellationToken));
        }

        var merged = MergeCommand.Merge(parts, []);

        parts.Should().OnlyContain(p => p.Counter(LoadCounters.UsersStarted) == Users / Shards);
        merged.Counter(LoadCounters.UsersPassed).Should().Be(Users);
        foreach (var (name, _) in merged.Counters)
        {
            merged.Counter(name).Should().Be(parts.Sum(p => p.Counter(name)), "counter {0} is the sum of the shards'", name);
        }

        foreach (var name in merged.Histograms.Keys)
        {
            merged.Histogram(name)!.TotalCount.Should().Be(parts.Sum(p => p.Histogram(name)?.TotalCount ?? 0), "histogram {0}", name);
        }

        merged.Histogram(LoadHistograms.FirstEvent)!.TotalCount.Should().Be(Users);
        merged.Passed.Should().BeTrue();
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Merge_WithAThresholdBelowTheMeasuredValue_ExitsNonZeroNamingIt(CancellationToken cancellationToken)
    {
        var shard = Path.Combine(_out, "one.json");
        await LoadResultFile.WriteAsync(OneShard(), shard, cancellationToken);

        var (exitCode, output) = await LoadProcess.RunAsync(
            ["merge", shard, "--threshold", "first_event_p95_ms=1", "--out", _out], new Dictionary<string, string>(), ProcessDeadline,
                cancellationToken);

        exitCode.Should().Be(ExitCodes.ThresholdsFailed, output);
        output.Should().Contain("FAILED: threshold(s) crossed: first_event_p95_ms");
        File.Exists(Path.Combine(_out, "report.html")).Should().BeTrue();
    }

    private static LoadResult OneShard()
    {
        var metrics = new LoadMetrics();
        metrics.Record(LoadHistograms.FirstEvent, TimeSpan.FromMilliseconds(40));
        metrics.Count(LoadCounters.Iterations);
        metrics.Count(LoadCounters.IterationsPassed);
        return new LoadResult
        {
            Run = "one", Scenario = "agent-ws", Target = "test", Users = 1, Shards = ["0/1"],
            StartedAt = DateTimeOffset.UnixEpoch, FinishedAt = DateTimeOffset.UnixEpoch.AddSeconds(1), Counters = metrics.Counters,
            Histograms = metrics.Histograms.ToDictionary(p => p.Key, p => HistogramRecord.Of(p.Value)),
        };
    }
}
