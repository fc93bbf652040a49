using BenchmarkDotNet.Attributes;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Tests.Assertions;

namespace Netra.E2E.Benchmarks;

/// <summary>The oracle on one realistic data-agent run: transcript extraction, then every rule of AgentRunValidator.</summary>
[MemoryDiagnoser]
public class OracleBenchmarks
{
    private IReadOnlyList<ReceivedFrame> _frames = [];
    private AgentRunTranscript? _transcript;
    private AgentRunExpectations? _expectations;

    /// <summary>Builds the run's frames and expectations once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var run = Transcripts.DataRun();
        _frames = run.Frames();
        _transcript = AgentRunTranscript.ForMessageId(_frames, SyntheticRun.MessageId);
        _expectations = run.Expectations;
        if (AgentRunValidator.Validate(_transcript, _expectations).Count != 0)
        {
            throw new InvalidOperationException("the benchmark's run must be a correct one");
        }
    }

    /// <summary>The run's transcript from the session's frames.</summary>
    [Benchmark]
    public AgentRunTranscript ExtractTranscript() => AgentRunTranscript.ForMessageId(_frames, SyntheticRun.MessageId);

    /// <summary>Every oracle rule on the transcript.</summary>
    [Benchmark]
    public int ValidateRun() => AgentRunValidator.Validate(_transcript!, _expectations!).Count;

    /// <summary>What the contract computes from one data request (tools' results, summary), as each load run does anew.</summary>
    [Benchmark]
    public ExpectedAgentResult ExpectedResultOfARequest() =>
        ExpectedAgentResult.For(ContractAgents.Data, _expectations!.Request ?? string.Empty);
}
