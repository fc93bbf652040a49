using System.Net;
using System.Text;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Results;

namespace Netra.E2E.Load.Reporting;

/// <summary>A self-contained HTML page of a result (no script, no external asset): verdict, thresholds, latencies, failures.</summary>
internal static class HtmlReport
{
    private const string Style =
        "body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}" +
        "td,th{border:1px solid #ccc;padding:4px " +
            "8px;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}" +
        ".pass{color:#17692d}.fail{color:#b00020}.bar{background:#4a78c2;height:10px}pre{background:#f7f7f7;padding:8px;overflow:auto}";

    /// <summary>Renders <paramref name="result"/>.</summary>
    public static string Render(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Netra load: ").Append(E(result.Run))
            .Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>Netra load run ").Append(E(result.Run)).Append("</h1>")
            .Append("<p class=\"").Append(result.Passed ? "pass" : "fail").Append("\"><b>").Append(E(ConsoleSummary.Verdict(result).Trim()))
            .Append("</b></p><p>scenario ").Append(E(result.Scenario)).Append(" · users ").Append(result.Users)
            .Append(" · shards ").Append(E(string.Join(", ", result.Shards)))
            .Append(" · ").Append(E(result.StartedAt.ToString("u", null)))
            .Append(" · wall ").Append(E(Format.Ms((result.FinishedAt - result.StartedAt).TotalMilliseconds)))
            .Append("<br>target ").Append(E(result.Target)).Append("<br>options ")
            .Append(E(string.Join(", ", result.Options.Select(o => $"{o.Key}={o.Value}")))).Append("</p>");
        Thresholds(html, result);
        Latencies(html, result);
        Counters(html, result);
        Failures(html, result);
        return html.Append("</body></html>").ToString();
    }

    private static void Thresholds(StringBuilder html, LoadResult result)
    {
        html.Append("<h2>Thresholds</h2><table><tr><th>threshold</th><th>limit</th><th>actual</th><th></th></tr>");
        foreach (var o in result.Outcomes)
        {
            html.Append("<tr><td>").Append(E(o.Name)).Append("</td><td>").Append(E(Format.Num(o.Limit))).Append("</td><td>")
                .Append(E(Format.Actual(o.Name, o.Actual))).Append("</td><td class=\"").Append(o.Passed ? "pass\">✓" : "fail\">✗")
                .Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Latencies(StringBuilder html, LoadResult result)
    {
        html.Append("<h2>Latencies</h2><table><tr><th>metric</th><th>n</th><th>min</th><th>p50</th><th>p90</th><th>p95</th>")
            .Append("<th>p99</th><th>max</th><th style=\"width:240px\">p95 (scaled to the largest)</th></tr>");
        var names = LoadHistograms.All.Where(result.Histograms.ContainsKey).ToList();
        var scale = Math.Max(1, names.Select(n => result.Histograms[n].P95Ms).DefaultIfEmpty(1).Max());
        foreach (var name in names)
        {
            var h = result.Histograms[name];
            html.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(h.Count);
            foreach (var v in new[] { h.MinMs, h.P50Ms, h.P90Ms, h.P95Ms, h.P99Ms, h.MaxMs })
            {
                html.Append("</td><td>").Append(E(Format.Ms(v)));
            }

            var width = (int)(240 * h.P95Ms / scale);
            html.Append("</td><td><div class=\"bar\" style=\"width:").Append(width).Append("px\"></div></td></tr>");
        }

        html.Append("</table>");
    }

    private static void Counters(StringBuilder html, LoadResult result)
    {
        html.Append("<h2>Counters</h2><table>");
        foreach (var (name, value) in result.Counters)
        {
            html.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(value).Append("</td></tr>");
        }

        foreach (var p in result.Processes)
        {
            html.Append("<tr><td>process ").Append(E(p.Shard)).Append(" on ").Append(E(p.Host)).Append("</td><td>cpu ")
                .Append(E(Format.Num(Math.Round(p.CpuSeconds, 2)))).Append(" s, peak rss ").Append(E(Format.MiB(p.PeakRssBytes)))
                    .Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Failures(StringBuilder html, LoadResult result)
    {
        html.Append("<h2>Failures (").Append(result.Counter(LoadCounters.Violations) + result.Counter(LoadCounters.Errors))
            .Append(", ").Append(result.Failures.Count).Append(" kept)</h2>");
        foreach (var f in result.Failures)
        {
            html.Append("<h3 class=\"fail\">user ").Append(f.User).Append(" iteration ").Append(f.Iteration).Append(": ")
                .Append(E(f.Kind)).Append(" [").Append(E(f.Category)).Append("]</h3><pre>").Append(E(f.Message));
            if (f.Transcript is { } transcript)
            {
                html.Append("\n\ntranscript:\n").Append(E(transcript));
            }

            html.Append("</pre>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
