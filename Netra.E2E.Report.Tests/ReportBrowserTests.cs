using Microsoft.Playwright;

namespace Netra.E2E.Report.Tests;

/// <summary>
/// Opens the fixture report in headless Chromium (Debian's <c>chromium</c>, driven by path: no browser download), offline,
/// and checks that the counts, the failure, the charts, the SLOs and the contract clauses render; keeps a screenshot in
/// <c>artifacts/report/screenshot.png</c>.
/// </summary>
public sealed class ReportBrowserTests
{
    /// <summary>Debian's chromium; <c>NETRA_E2E_CHROMIUM</c> points elsewhere on other machines.</summary>
    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("NETRA_E2E_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Test]
    [CancelAfter(180_000)]
    public async Task Report_InHeadlessChromium_RendersCountsFailureChartsSlosAndClauses(CancellationToken cancellationToken)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Chromium not found at {ChromiumPath}: install Debian's chromium (apt-get update && apt-get install -y " +
                $"chromium) " +
                "or set NETRA_E2E_CHROMIUM to a Chromium executable. The report's browser test cannot run without it.");
        }

        var index = Path.Combine(await FixtureReport.GenerateAsync("browser", cancellationToken), "index.html");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs, Timeout = 60_000 });
        await using var context = await browser.NewContextAsync(
            new BrowserNewContextOptions { Offline = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        var response = await page.GotoAsync(new Uri(index).AbsoluteUri);
        var verdict = await page.Locator("#verdict").InnerTextAsync();
        var failedCount = await page.Locator("#verdict").GetAttributeAsync("data-failed");
        var criticalRow = await page.Locator("#tiers tr[data-tier='Critical']").InnerTextAsync();
        var failure = await page.Locator("#failures article.failure").First.InnerTextAsync();
        var tierChart = await page.Locator("#chart-tiers svg").BoundingBoxAsync();
        var histogram = await page.Locator("#chart-durations svg").BoundingBoxAsync();
        var sloRows = await page.Locator("#slo-table tr").CountAsync();
        var sloChart = await page.Locator("#chart-slos svg").BoundingBoxAsync();
        var clauses = await page.Locator("#clauses-summary").InnerTextAsync();
        var unverified = await page.Locator("#clause-table tr[data-clause='AGENTS-2']").InnerTextAsync();
        var screenshot = Path.Combine(FixtureReport.RepositoryRoot(), "artifacts", "report", "screenshot.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        await TestContext.Out.WriteLineAsync($"screenshot: {screenshot}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response?.Ok, Is.True, "the report file did not load");
            Assert.That(verdict, Is.EqualTo("2 passed, 1 failed, 1 skipped"));
            Assert.That(failedCount, Is.EqualTo("1"));
            Assert.That(criticalRow, Does.StartWith("Critical\t2\t1\t1\t0"));
            Assert.That(failure, Does.Contain("AgentRun_StreamsTheFiveEvents").And.Contain("Expected agent_completed within 5000 ms"));
            Assert.That(tierChart?.Width, Is.GreaterThan(200), "the results-per-tier chart did not render");
            Assert.That(histogram?.Height, Is.GreaterThan(100), "the duration histogram did not render");
            Assert.That(sloRows, Is.EqualTo(3), "the SLO table: a header and the fixture's two SLO lines");
            Assert.That(sloChart?.Width, Is.GreaterThan(200), "the SLO chart did not render");
            Assert.That(clauses, Is.EqualTo("contract clauses verified: 2/3"));
            Assert.That(unverified, Does.Contain("NOT VERIFIED"));
            Assert.That(requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal)), Is.Empty, "the report must need no network");
            Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000), "the screenshot is empty");
        }
    }
}
