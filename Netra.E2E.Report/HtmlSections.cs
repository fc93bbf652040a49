using System.Globalization;
using System.Text;
using static Netra.E2E.Report.HtmlReport;

namespace Netra.E2E.Report;

/// <summary>The longer sections of <see cref="HtmlReport"/>: the fault-matrix grid and the table of every test.</summary>
internal static class HtmlSections
{
    /// <summary>The fault matrix: its chart, then one row per fault with its expected catchers and misses.</summary>
    public static void Matrix(StringBuilder html, FaultMatrixData matrix)
    {
        html.Append("<h2>Fault matrix</h2><p id=\"matrix-summary\">").Append(Enc(matrix.Summary)).Append("</p>")
            .Append("<figure class=\"chart\" id=\"chart-faults\">").Append(ChartRenderer.Faults(matrix.Faults)).Append("</figure>")
            .Append("<table id=\"fault-grid\"><tr><th>fault</th><th>detected</th><th>failing tests</th>")
            .Append("<th>expected catchers failed</th><th>missed catchers</th></tr>");
        foreach (var fault in matrix.Faults)
        {
            var verdict = fault.TimedOut ? "TIMED OUT" : fault.Detected ? "yes" : "NO";
            var css = !fault.Detected || fault.TimedOut ? "fail" : fault.Missed.Count > 0 ? "skip" : "pass";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{Enc(fault.Fault)}</code></td><td class=\"{css}\">{verdict}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{fault.Failing}</td>")
                .Append(CultureInfo.InvariantCulture,
                    $"<td class=\"n\">{fault.Expected.Count - fault.Missed.Count}/{fault.Expected.Count}</td>")
                .Append("<td>").Append(string.Join("<br>", fault.Missed.Select(Enc))).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>Every test with its outcome, tier, legacy number and duration; failures first, slowest first.</summary>
    public static void AllTests(StringBuilder html, RunData run)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>All tests ({run.Tests.Count})</h2><table id=\"tests\">")
            .Append("<tr><th>outcome</th><th>tier</th><th>legacy</th><th>test</th><th>duration (ms)</th></tr>");
        foreach (var test in run.Ordered)
        {
            var css = test.Outcome switch
            {
                TestOutcomeKind.Failed => "fail",
                TestOutcomeKind.Skipped => "skip",
                _ => "pass",
            };
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{css}\"><td>{test.Outcome}</td><td>{Enc(test.Tier)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Enc(test.Legacy ?? string.Empty)}</td><td>{Enc(test.ShortName)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Ms(test.Duration)}</td></tr>");
        }

        html.Append("</table>");
    }
}
