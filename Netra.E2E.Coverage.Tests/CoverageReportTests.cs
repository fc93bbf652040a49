namespace Netra.E2E.Coverage.Tests;

public sealed class CoverageReportTests
{
    private static readonly ContractClause[] Clauses =
    [
        new("REST-THREADS-2", 1, null),
        new("WS-AUTH-3", 2, null),
        new("CFG-TARGET-1", 3, "suite configuration"),
    ];

    [Test]
    public void Build_UnknownIdInVerifies_IsAnErrorWithExitCode2()
    {
        var report = CoverageReport.Build(Clauses, [new TestVerifies("ThreadTests.Create", ["REST-THREADS-2", "REST-THREAD-2"])]);

        report.Unknown.Should().Equal(("REST-THREAD-2", "ThreadTests.Create"));
        report.ExitCode(requireAll: false).Should().Be(2);
        report.ExitCode(requireAll: true).Should().Be(2);
        report.ToMarkdown().Should().Contain("- ERROR: `REST-THREAD-2` in `ThreadTests.Create` is no clause of docs/CONTRACT.md");
    }

    [Test]
    public void Build_UnverifiedCheckableClause_FailsOnlyWithRequireAll()
    {
        var report = CoverageReport.Build(Clauses, [new TestVerifies("ThreadTests.Create", ["REST-THREADS-2"])]);

        report.Verified.Should().Be(1);
        report.Checkable.Should().Be(2);
        report.Unverified.Select(c => c.Id).Should().Equal("WS-AUTH-3");
        report.ExitCode(requireAll: false).Should().Be(0);
        report.ExitCode(requireAll: true).Should().Be(1);
    }

    [Test]
    public void ToMarkdown_EveryClauseWithItsTestsOrReason_AndTheCountAsLastLine()
    {
        var report = CoverageReport.Build(Clauses,
        [
            new TestVerifies("ThreadTests.Create", ["REST-THREADS-2"]),
            new TestVerifies("SocketTests.Expired", ["WS-AUTH-3", "REST-THREADS-2"]),
        ]);

        var lines = report.ToMarkdown().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        lines.Should().Contain("| `REST-THREADS-2` | `ThreadTests.Create`<br>`SocketTests.Expired` |");
        lines.Should().Contain("| `CFG-TARGET-1` | not checkable: suite configuration |");
        lines[^1].Should().Be("contract clauses verified: 2/2");
        report.ExitCode(requireAll: true).Should().Be(0);
    }

    [Test]
    public void ToMarkdown_NoVerifyingTest_SaysNotVerified()
    {
        var report = CoverageReport.Build(Clauses, []);

        report.ToMarkdown().Should().Contain("| `WS-AUTH-3` | **NOT VERIFIED** |").And.Contain("None.");
        report.SummaryLine.Should().Be("contract clauses verified: 0/2");
    }
}
