using System.Globalization;
using System.Text;
using static Netra.E2E.Report.HtmlReport;

namespace Netra.E2E.Report;

/// <summary>The report's sections on what the run measured and covered: the SLOs and the contract clauses.</summary>
internal static class HtmlQualitySections
{
    /// <summary>The SLO table (name, measured, threshold, verdict) and its chart; nothing when no test printed an SLO.</summary>
    public static void Slos(StringBuilder html, IReadOnlyList<SloMeasurement> slos)
    {
        if (slos.Count == 0)
        {
            return;
        }

        var met = slos.Count(s => s.Met);
        html.Append(CultureInfo.InvariantCulture, $"<h2>SLOs</h2><section id=\"slos\"><p id=\"slos-summary\">{met} of {slos.Count} met</p>")
            .Append("<table id=\"slo-table\"><tr><th>name</th><th>test</th><th>measured (ms)</th><th>threshold (ms)</th>")
            .Append("<th>verdict</th></tr>");
        foreach (var slo in slos)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Enc(slo.Name)}</td><td>{Enc(slo.Test)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{slo.Measured:0.#}</td><td class=\"n\">{slo.Threshold:0.#}</td>")
                .Append(slo.Met ? "<td class=\"pass\">met</td></tr>" : "<td class=\"fail\">MISSED</td></tr>");
        }

        html.Append("</table><figure class=\"chart\" id=\"chart-slos\">").Append(ChartRenderer.Slos(slos)).Append("</figure></section>");
    }

    /// <summary>The <c>verified: N/M</c> line, then one compact row per clause.</summary>
    public static void Clauses(StringBuilder html, ContractCoverage coverage)
    {
        var summary = coverage.Summary.Length > 0 ? coverage.Summary : "contract clauses verified: (no summary line in the file)";
        html.Append("<h2>Contract clauses</h2><section id=\"clauses\">")
            .Append(CultureInfo.InvariantCulture,
                $"<p id=\"clauses-summary\" class=\"verdict {(coverage.AllVerified ? "pass" : "fail")}\">{Enc(summary)}</p>")
            .Append("<table id=\"clause-table\" class=\"compact\"><tr><th>clause</th><th>status</th><th>verified by / reason</th></tr>");
        foreach (var clause in coverage.Clauses)
        {
            var (css, label) = clause.Status switch
            {
                ClauseStatus.Verified => ("pass", "verified"),
                ClauseStatus.NotCheckable => ("skip", "not checkable"),
                _ => ("fail", "NOT VERIFIED"),
            };
            html.Append(CultureInfo.InvariantCulture, $"<tr data-clause=\"{Enc(clause.Id)}\"><td><code>{Enc(clause.Id)}</code></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"{css}\">{label}</td><td>")
                .Append(string.Join(", ", clause.Detail.Select(Enc))).Append("</td></tr>");
        }

        html.Append("</table></section>");
    }
}
