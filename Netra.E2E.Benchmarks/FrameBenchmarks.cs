using BenchmarkDotNet.Attributes;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Benchmarks;

/// <summary>
/// The receive hot path after the socket: parsing one frame, and a whole run's frames going into a collector with
/// their evidence recorded in full (the tiers' default) or summary-only (load).
/// </summary>
[MemoryDiagnoser]
public class FrameBenchmarks
{
    private string[] _texts = [];
    private string _largest = string.Empty;
    private readonly Redactor _redactor = new();

    /// <summary>Builds the run's frames once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = Transcripts.DataRunTexts();
        _largest = Transcripts.LargestFrame();
    }

    /// <summary>ReceivedFrame.Parse of the run's largest frame (agent_completed).</summary>
    [Benchmark]
    public ReceivedFrame ParseLargestFrame() => ReceivedFrame.Parse(0, DateTimeOffset.UtcNow, _largest);

    /// <summary>Every frame of one run into a collector, evidence in full.</summary>
    [Benchmark(Baseline = true)]
    public int CollectRunFullEvidence() => Collect(EvidenceDetail.Full);

    /// <summary>Every frame of one run into a collector, evidence summary-only.</summary>
    [Benchmark]
    public int CollectRunSummaryEvidence() => Collect(EvidenceDetail.Summary);

    private int Collect(EvidenceDetail detail)
    {
        var collector = new FrameCollector(_redactor);
        var session = new WebSocketSessionEvidence(new Uri("ws://127.0.0.1:8000/ws"), _redactor, detail);
        foreach (var text in _texts)
        {
            collector.Add(text, f => session.RecordFrame(FrameDirection.Received, f.Type, text));
        }

        return collector.Received.Count;
    }
}
