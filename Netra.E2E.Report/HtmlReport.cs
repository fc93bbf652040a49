using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Netra.E2E.Report;

/// <summary>Writes <c>index.html</c>: one self-contained page (inline CSS and SVG, no script, no network).</summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#212121;max-width:1200px}
        h1{margin:0 0 4px}h2{margin-top:28px;border-bottom:1px solid #ddd}
        .verdict{font-size:20px;font-weight:600}.fail{color:#c62828}.pass{color:#2e7d32}.skip{color:#757575}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
        th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .charts{display:flex;flex-wrap:wrap;gap:12px}figure.chart{margin:0;border:1px solid #eee}
        article.failure{border-left:4px solid #c62828;padding:4px 10px;margin:10px 0;background:#fff8f8}
        table.compact td,table.compact th{padding:1px 6px;font-size:13px}#clauses-summary{font-size:18px}
        pre{white-space:pre-wrap;word-break:break-word;background:#fafafa;padding:6px;margin:4px 0;max-height:320px;overflow:auto}
        """;

    /// <summary>The page for <paramref name="run"/>; <paramref name="evidenceLinks"/> maps a failed test to its evidence link.</summary>
    public static string Render(RunData run, IReadOnlyDictionary<string, string> evidenceLinks)
    {
        var failed = run.Count(TestOutcomeKind.Failed);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Netra.E2E run report</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>Netra.E2E run report</h1>")
            .Append(CultureInfo.InvariantCulture,
                $"<p>Generated {run.GeneratedAt:yyyy-MM-dd HH:mm:ss} UTC from {run.Tests.Count} test results.</p>")
            .Append(CultureInfo.InvariantCulture,
                $"<p id=\"verdict\" class=\"verdict {(failed > 0 ? "fail" : "pass")}\" " +
                    $"data-passed=\"{run.Count(TestOutcomeKind.Passed)}\" ")
            .Append(CultureInfo.InvariantCulture,
                $"data-failed=\"{failed}\" data-skipped=\"{run.Count(TestOutcomeKind.Skipped)}\">{Enc(run.Verdict)}</p>");
        Tiers(html, run);
        html.Append("<h2>Charts</h2><div class=\"charts\">")
            .Append("<figure class=\"chart\" id=\"chart-tiers\">").Append(ChartRenderer.Tiers(run.Tiers)).Append("</figure>")
            .Append("<figure class=\"chart\" id=\"chart-durations\">").Append(ChartRenderer.Durations(run.Tests.Select(t => t.Duration)))
            .Append("</figure></div>");
        Failures(html, run, evidenceLinks);
        HtmlQualitySections.Slos(html, run.Slos);
        if (run.Coverage is { } coverage)
        {
            HtmlQualitySections.Clauses(html, coverage);
        }

        if (run.Matrix is { } matrix)
        {
            HtmlSections.Matrix(html, matrix);
        }

        HtmlSections.AllTests(html, run);
        html.Append("<h2>Settings</h2><pre id=\"settings\">")
            .Append(Enc(run.Settings ?? "(no settings block in the TRX files: the run's set-up output was not recorded)"))
            .Append("</pre></body></html>");
        return html.ToString();
    }

    internal static string Enc(string text) => HtmlEncode(text);

    internal static string Ms(TimeSpan duration) => duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static void Tiers(StringBuilder html, RunData run)
    {
        html.Append("<h2>Tiers</h2><table id=\"tiers\"><tr><th>tier</th><th>total</th><th>passed</th><th>failed</th>")
            .Append("<th>skipped</th><th>test time (ms)</th></tr>");
        foreach (var tier in run.Tiers)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-tier=\"{Enc(tier.Tier)}\"><td>{Enc(tier.Tier)}</td><td class=\"n\">{tier.Total}</td><td class=\"n " +
                    $"pass\">{tier.Passed}</td>")
                .Append(CultureInfo.InvariantCulture,
                    $"<td class=\"n{(tier.Failed > 0 ? " fail" : string.Empty)}\">{tier.Failed}</td><td class=\"n " +
                        $"skip\">{tier.Skipped}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Ms(tier.Duration)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Failures(StringBuilder html, RunData run, IReadOnlyDictionary<string, string> evidenceLinks)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Failures ({run.Failures.Count})</h2><section id=\"failures\">");
        if (run.Failures.Count == 0)
        {
            html.Append("<p class=\"pass\">No test failed.</p>");
        }

        foreach (var test in run.Failures)
        {
            html.Append("<article class=\"failure\"><strong>").Append(Enc(test.ShortName)).Append("</strong> ")
                .Append(CultureInfo.InvariantCulture,
                    $"<span>({Enc(test.Tier)}{(test.Legacy is null ? string.Empty : ", legacy " + Enc(test.Legacy))}, ")
                .Append(CultureInfo.InvariantCulture, $"{Ms(test.Duration)} ms)</span>")
                .Append(evidenceLinks.TryGetValue(test.FullName, out var link)
                    ? $" <a class=\"evidence\" href=\"{Enc(link)}\">evidence</a>"
                    : " <span class=\"skip\">(no evidence file)</span>")
                .Append("<pre class=\"message\">").Append(Enc(Trim(test.Message))).Append("</pre></article>");
        }

        html.Append("</section>");
    }

    private static string Trim(string message)
    {
        var lines = message.ReplaceLineEndings("\n").Split('\n');
        return lines.Length <= 30 ? message : string.Join('\n', lines.Take(30)) + $"\n… ({lines.Length - 30} more lines in the TRX)";
    }
}
