using Netra.E2E.Load.Cli;

namespace Netra.E2E.Load.Tests;

// A run that breaks the contract fails the load run with the rule and the transcript, not as a statistic. The backend sends
// every agent_completed twice (fault duplicate-terminal), right after each other; the oracle judges a run after a delivery
// barrier — a ping round trip when another run follows on the connection, the close handshake after the last — and both
// paths must report it.
[NonParallelizable]
public sealed class ContractViolationTests
{
    private const int Users = 4;
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromSeconds(40);
    private string _out = null!;

    [SetUp]
    public void CreateOutputFolder() => _out = Directory.CreateTempSubdirectory("netra-load-violation-").FullName;

    [TearDown]
    public void DeleteOutputFolder() => Directory.Delete(_out, recursive: true);

    [TestCase(1, TestName = "DuplicateTerminal_LastRunJudgedAfterTheClose_FailsTheLoadRunNamingTheRule")]
    [TestCase(2, TestName = "DuplicateTerminal_RunJudgedAfterAPing_FailsTheLoadRunNamingTheRule")]
    [CancelAfter(50_000)]
    public async Task DuplicateTerminal_FailsTheRunNamingTheRuleWithTheTranscript(int iterations, CancellationToken cancellationToken)
    {
        await using var backend = await LoadTestBackend.StartAsync("duplicate-terminal", cancellationToken);

        var (exitCode, output) = await LoadProcess.RunAsync(
            ["--users", $"{Users}", "--iterations", $"{iterations}", "--run", "violation", "--out", _out, "--plain"],
            backend.Environment, ProcessDeadline, cancellationToken);

        exitCode.Should().Be(ExitCodes.ThresholdsFailed, output);
        output.Should().Contain("FAILED: threshold(s) crossed: ").And.Contain("violations");
        output.Should().Contain("iteration 0: ").And.Contain("single-terminal").And.Contain("2 terminal events arrived");
        output.Should().Contain("transcript:").And.Contain("agent_completed");
    }
}
