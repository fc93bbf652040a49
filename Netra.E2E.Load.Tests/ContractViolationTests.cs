using System.Security.Cryptography;
using Netra.E2E.Load.Cli;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;

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
        var bypass = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        await using var server = await ReferenceServer.StartAsync(
            new ReferenceServerOptions
            {
                JwtSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), BypassKey = bypass,
                BackendUrl = new Uri("http://127.0.0.1:0"), AuthUrl = new Uri("http://127.0.0.1:0"),
                Faults = FaultSet.Parse("duplicate-terminal"),
            },
            cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["NETRA_E2E_TARGET"] = "custom", ["NETRA_BACKEND_URL"] = server.BackendUrl.ToString(),
            ["NETRA_AUTH_URL"] = server.AuthUrl.ToString(), ["NETRA_AUTH_MODE"] = "bypass", ["E2E_BYPASS_KEY"] = bypass,
            ["NETRA_EXPECTED_ENVIRONMENT"] = "local", ["CI"] = "true",
        };

        var (exitCode, output) = await LoadProcess.RunAsync(
            ["--users", $"{Users}", "--iterations", $"{iterations}", "--run", "violation", "--out", _out, "--plain"],
            environment, ProcessDeadline, cancellationToken);

        exitCode.Should().Be(ExitCodes.ThresholdsFailed, output);
        output.Should().Contain("FAILED: threshold(s) crossed: ").And.Contain("violations");
        output.Should().Contain("iteration 0: ").And.Contain("single-terminal").And.Contain("2 terminal events arrived");
        output.Should().Contain("transcript:").And.Contain("agent_completed");
    }
}
