using System.Text.RegularExpressions;

namespace Netra.E2E.Report;

/// <summary>What the report shows of <c>artifacts/contract-coverage.md</c>: the <c>verified: N/M</c> line and one row per
/// clause.</summary>
/// <param name="Summary">The line <c>contract clauses verified: N/M</c> (empty when the file has none).</param>
/// <param name="Clauses">One row per clause, in the file's order.</param>
internal sealed partial record ContractCoverage(string Summary, IReadOnlyList<ClauseRow> Clauses)
{
    /// <summary>True when the summary's N equals its M.</summary>
    public bool AllVerified => SummaryCounts().Match(Summary) is { Success: true } m && m.Groups["n"].Value == m.Groups["m"].Value;

    /// <summary>Reads the Markdown Netra.E2E.Coverage writes; text is redacted.</summary>
    public static ContractCoverage Read(string path, ReportRedactor redactor)
    {
        var lines = File.ReadAllLines(path);
        var rows = lines.Select(l => ClauseLine().Match(l)).Where(m => m.Success)
            .Select(m => ClauseRow.From(redactor.Redact(m.Groups["id"].Value), redactor.Redact(m.Groups["cell"].Value)))
            .ToList();
        var summary = lines.LastOrDefault(l => l.StartsWith("contract clauses verified:", StringComparison.Ordinal));
        return new ContractCoverage(redactor.Redact(summary?.Trim()), rows);
    }

    [GeneratedRegex(@"^\|\s*`(?<id>[^`]+)`\s*\|\s*(?<cell>.*?)\s*\|\s*$")]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"(?<n>\d+)/(?<m>\d+)")]
    private static partial Regex SummaryCounts();
}

/// <summary>One clause of the coverage table.</summary>
/// <param name="Id">The clause id.</param>
/// <param name="Status">Verified, NotCheckable or NotVerified.</param>
/// <param name="Detail">The verifying tests, or the reason the clause is not checkable; plain text.</param>
internal sealed record ClauseRow(string Id, ClauseStatus Status, IReadOnlyList<string> Detail)
{
    /// <summary>Reads one table cell: tests joined by <c>&lt;br&gt;</c>, <c>**NOT VERIFIED**</c> or <c>not checkable: …</c>.</summary>
    public static ClauseRow From(string id, string cell)
    {
        if (cell.Contains("NOT VERIFIED", StringComparison.Ordinal))
        {
            return new ClauseRow(id, ClauseStatus.NotVerified, []);
        }

        if (cell.StartsWith("not checkable:", StringComparison.Ordinal))
        {
            return new ClauseRow(id, ClauseStatus.NotCheckable, [cell["not checkable:".Length..].Trim()]);
        }

        return new ClauseRow(id, ClauseStatus.Verified,
            [.. cell.Split("<br>", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.Trim('`'))]);
    }
}

/// <summary>How a clause stands.</summary>
internal enum ClauseStatus
{
    /// <summary>Some test verifies it.</summary>
    Verified,

    /// <summary>The contract says it cannot be checked end to end.</summary>
    NotCheckable,

    /// <summary>Checkable, but no test verifies it.</summary>
    NotVerified,
}
