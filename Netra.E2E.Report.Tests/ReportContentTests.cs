namespace Netra.E2E.Report.Tests;

/// <summary>What the report of the fixture TRX contains: counts, tiers, the failure with its evidence, no token.</summary>
public sealed class ReportContentTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Report_OfTheFixture_CountsPerTierAndPutsTheFailureFirst(CancellationToken cancellationToken)
    {
        var html = await File.ReadAllTextAsync(Path.Combine(await FixtureReport.GenerateAsync("content", cancellationToken), "index.html"),
            cancellationToken);

        html.Should().Contain("2 passed, 1 failed, 1 skipped")
            .And.Contain("data-tier=\"Critical\"><td>Critical</td><td class=\"n\">2</td>", "category and trait line both give Critical")
            .And.Contain("data-tier=\"High\"", "the namespace gives the tier when there is no category")
            .And.Contain("data-tier=\"Shared.Tests\"", "a library test is grouped by its project")
            .And.Contain("legacy 004")
            .And.Contain("<figure class=\"chart\" id=\"chart-tiers\"><svg")
            .And.Contain("id=\"fault-grid\"").And.Contain("faults detected: 2/3")
            .And.Contain("target           local (runsettings)")
            .And.Contain("<h2>SLOs</h2>").And.Contain("1 of 2 met").And.Contain("<figure class=\"chart\" id=\"chart-slos\"><svg")
            .And.Contain("<td>GET /health p50</td><td>Staging.Critical.HealthTests.Health_ReportsHealthy</td><td class=\"n\">12</td>" +
                "<td class=\"n\">1000</td><td class=\"pass\">met</td>")
            .And.Contain("<td>time to first agent event (agent_started)</td>").And.Contain("<td class=\"fail\">MISSED</td>")
            .And.Contain("<h2>Contract clauses</h2>").And.Contain("contract clauses verified: 2/3")
            .And.Contain("<tr data-clause=\"AGENTS-2\"><td><code>AGENTS-2</code></td><td class=\"fail\">NOT VERIFIED</td>")
            .And.Contain("HealthTests.Health_ReportsHealthy, AgentPerformanceTests.Health_P50_WithinSlo")
            .And.Contain("answers of a &lt;real&gt; LLM vary &amp; are not asserted", "clause text is HTML-escaped")
            .And.NotContain("<real>");
        html.IndexOf("AgentRun_StreamsTheFiveEvents", StringComparison.Ordinal)
            .Should().BeLessThan(html.IndexOf("Health_ReportsHealthy", StringComparison.Ordinal), "failures come first");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Report_NeverContainsAWholeJwtOrARegisteredSecret(CancellationToken cancellationToken)
    {
        var output = await FixtureReport.GenerateAsync("redaction", cancellationToken);
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

        written.Should().HaveCount(3, "index.html, summary.md and the failure's evidence copy");
        written.Should().AllSatisfy(text => text.Should().NotContain("eyJzdWIiOiJmaXh0dXJlLXVzZXIifQ")
            .And.NotContain("fixture-opaque-token-value"));
        File.ReadAllText(Path.Combine(output, "index.html")).Should().Contain("(token &lt;redacted jwt&gt;)");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Report_LinksTheFailureToACopyOfItsEvidence_AndWritesTheMarkdownSummary(CancellationToken cancellationToken)
    {
        var output = await FixtureReport.GenerateAsync("links", cancellationToken);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "index.html"), cancellationToken);
        var summary = await File.ReadAllTextAsync(Path.Combine(output, "summary.md"), cancellationToken);

        const string evidence = "Netra.E2E.Staging.Critical.AgentRunTests.AgentRun_StreamsTheFiveEvents-100000123.txt";
        html.Should().Contain($"href=\"evidence/{evidence}\"");
        File.Exists(Path.Combine(output, "evidence", evidence)).Should().BeTrue();
        summary.Should().StartWith("## Netra.E2E: ❌ 2 passed, 1 failed, 1 skipped")
            .And.Contain("- **Staging.Critical.AgentRunTests.AgentRun_StreamsTheFiveEvents** (Critical): Expected agent_completed")
            .And.Contain("**Fault matrix:** faults detected: 2/3")
            .And.Contain("**Contract:** contract clauses verified: 2/3")
            .And.Contain("**SLOs:** 1 of 2 met; missed: time to first agent event (agent_started)");
    }

    [Test]
    public void Options_WithoutTrx_AreRefusedWithTheUsage()
    {
        var refuse = () => ReportOptions.Parse(["--out", "x"]);

        refuse.Should().Throw<ArgumentException>().WithMessage("--trx is required");
    }
}
