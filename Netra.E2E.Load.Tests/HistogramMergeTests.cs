using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Results;
using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Tests;

public sealed class HistogramMergeTests
{
    [Test]
    public void Codec_EncodedThenDecoded_GivesTheSameCountsAtEveryValue()
    {
        var histogram = LoadHistograms.NewConcurrent();
        foreach (var micros in new long[] { 1, 999, 1_000, 1_234_567, 59_000_000, 3_600_000_000 })
        {
            histogram.RecordValue(micros);
        }

        var decoded = HistogramCodec.Decode(HistogramCodec.Encode(histogram));

        decoded.TotalCount.Should().Be(histogram.TotalCount);
        decoded.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo))
            .Should().Equal(histogram.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo)));
    }

    [Test]
    public void Merge_OfShards_AddsCountersAndHistogramsExactly()
    {
        var parts = Enumerable.Range(0, 3).Select(i => Shard(i, 3, samples: 100 * (i + 1))).ToList();

        var merged = ResultMerger.Merge(parts);

        merged.Shards.Should().Equal("0/3", "1/3", "2/3");
        merged.Counter(LoadCounters.Iterations).Should().Be(parts.Sum(p => p.Counter(LoadCounters.Iterations)));
        merged.Histogram(LoadHistograms.FirstEvent)!.TotalCount.Should().Be(600);
        var whole = LoadHistograms.NewPlain();
        parts.ForEach(p => whole.Add(p.Histogram(LoadHistograms.FirstEvent)!));
        merged.Histogram(LoadHistograms.FirstEvent)!.GetValueAtPercentile(95).Should().Be(whole.GetValueAtPercentile(95));
    }

    [Test]
    public void Merge_TheSameShardTwice_IsRefused()
    {
        var merge = () => ResultMerger.Merge([Shard(0, 2, 10), Shard(0, 2, 10)]);

        merge.Should().Throw<FormatException>().WithMessage("*0/2 appears more than once*");
    }

    [TestCase(0, 4, new[] { 0, 4, 8 })]
    [TestCase(3, 4, new[] { 3, 7 })]
    public void Shard_OwnsEveryNthUser(int index, int count, int[] users)
    {
        new ShardSpec(index, count).UsersOf(10).Should().Equal(users);
    }

    private static LoadResult Shard(int index, int count, int samples)
    {
        var metrics = new LoadMetrics();
        for (var i = 0; i < samples; i++)
        {
            metrics.Record(LoadHistograms.FirstEvent, TimeSpan.FromMilliseconds(1 + (i * 7 % 900)));
            metrics.Count(LoadCounters.Iterations);
        }

        return new LoadResult
        {
            Run = "t", Scenario = "agent-ws", Target = "test", Users = 10, Shards = [new ShardSpec(index, count).ToString()],
            StartedAt = DateTimeOffset.UnixEpoch, FinishedAt = DateTimeOffset.UnixEpoch.AddSeconds(1), Counters = metrics.Counters,
            Histograms = metrics.Histograms.ToDictionary(p => p.Key, p => HistogramRecord.Of(p.Value)),
        };
    }
}
