namespace Netra.E2E.Report.Tests;

/// <summary>Which output lines count as SLO measurements, and that the section is left out without any.</summary>
public sealed class SloParsingTests
{
    private static readonly ReportRedactor Redactor = new([]);

    [Test]
    public void Parse_TheLinesOfTest011_GivesNameMeasuredAndThreshold()
    {
        const string output = "Traits: Category=Critical; Legacy=011\n" +
            "GET /health p50 12 ms over 10 calls (SLO 1000 ms); samples ms: 10, 12, 30\r\n" +
            "time to first agent event (agent_started) 45 ms (SLO 5000 ms)\n" +
            "took 30 ms without a threshold\n";

        var slos = SloMeasurement.Parse(output, "T", Redactor).ToList();

        slos.Should().Equal(
            new SloMeasurement("T", "GET /health p50", 12, 1000),
            new SloMeasurement("T", "time to first agent event (agent_started)", 45, 5000));
        slos.Should().OnlyContain(s => s.Met);
    }

    [Test]
    public void Slos_WithoutMeasurements_WritesNoSection()
    {
        var html = new System.Text.StringBuilder();

        HtmlQualitySections.Slos(html, []);

        html.ToString().Should().BeEmpty();
    }

    [Test]
    public void Options_Coverage_IsParsed()
    {
        var fixture = Path.Combine(FixtureReport.Data, "fixture.trx");

        ReportOptions.Parse(["--trx", fixture, "--coverage", "c.md"]).Coverage.Should().Be("c.md");
    }
}
