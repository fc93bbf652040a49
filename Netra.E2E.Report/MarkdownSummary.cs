using System.Globalization;
using System.Text;

namespace Netra.E2E.Report;

/// <summary>Writes <c>summary.md</c>: the verdict, tiers, failures and slowest tests, for a CI job summary.</summary>
internal static class MarkdownSummary
{
    private const int MaxFailures = 25;

    /// <summary>The Markdown for <paramref name="run"/>.</summary>
    public static string Render(RunData run)
    {
        var failed = run.Count(TestOutcomeKind.Failed);
        var md = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Netra.E2E: {(failed > 0 ? "❌" : "✅")} {run.Verdict}")
            .AppendLine()
            .AppendLine("| tier | total | passed | failed | skipped | test time |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var tier in run.Tiers)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(tier.Tier)} | {tier.Total} | {tier.Passed} | {tier.Failed} | {tier.Skipped} | {tier.Duration.TotalSeconds:0.0} " +
                    $"s |");
        }

        if (failed > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### Failures ({failed})").AppendLine();
            foreach (var test in run.Failures.Take(MaxFailures))
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- **{Cell(test.ShortName)}** ({Cell(test.Tier)}): {Cell(Shorten(test.FirstLine))}");
            }

            if (failed > MaxFailures)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- … and {failed - MaxFailures} more: see the report");
            }
        }

        md.AppendLine().AppendLine("### Slowest tests").AppendLine();
        foreach (var test in run.Slowest(5))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {test.Duration.TotalMilliseconds:0} ms — {Cell(test.ShortName)}");
        }

        if (run.Slos.Count > 0)
        {
            var missed = run.Slos.Where(s => !s.Met).Select(s => Cell(s.Name)).ToList();
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"**SLOs:** {run.Slos.Count - missed.Count} of {run.Slos.Count} met{(missed.Count > 0 ? "; missed: " +
                    string.Join(", ", missed) : string.Empty)}");
        }

        if (run.Coverage is { Summary.Length: > 0 } coverage)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**Contract:** {Cell(coverage.Summary)}");
        }

        if (run.Matrix is { } matrix)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**Fault matrix:** {Cell(matrix.Summary)}");
        }

        return md.AppendLine().AppendLine("The full report (charts, every test, evidence of failures) is `artifacts/report/index.html`.")
            .ToString();
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", string.Empty,
            StringComparison.Ordinal);
}
