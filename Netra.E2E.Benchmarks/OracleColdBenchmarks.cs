using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Tests.Assertions;

namespace Netra.E2E.Benchmarks;

/// <summary>
/// What a load run pays: the oracle on a run whose frames were just received (parsed, selected and validated anew, nothing
/// cached), in a fresh process without warm-up, 1,000 runs per iteration, as 1,000 users each verify one run. Compare the
/// first iteration (code still at tier 0) with the later ones and with <see cref="OracleBenchmarks"/> (warm).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5, invocationCount: 1000)]
public class OracleColdBenchmarks
{
    private ReceivedFrame[] _template = [];
    private AgentRunExpectations? _expectations;

    /// <summary>The run's frames as received (texts and arrival times) and its expectations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var run = Transcripts.DataRun();
        _template = [.. run.Frames()];
        _expectations = run.Expectations;
    }

    /// <summary>Parse every frame of a fresh copy of the run, select the run's transcript, check every rule.</summary>
    [Benchmark]
    public int ReceiveSelectAndValidateAFreshRun()
    {
        var frames = new ReceivedFrame[_template.Length];
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] = ReceivedFrame.Parse(i, _template[i].ReceivedAt, _template[i].Text);
        }

        var violations = AgentRunValidator.Validate(AgentRunTranscript.ForMessageId(frames, SyntheticRun.MessageId), _expectations!);
        return violations.Count == 0 ? frames.Length : throw new InvalidOperationException(string.Join("; ", violations));
    }
}
