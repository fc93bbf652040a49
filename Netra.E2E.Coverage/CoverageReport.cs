using System.Text;

namespace Netra.E2E.Coverage;

/// <summary>
/// Clause → verifying tests, the unknown ids that [Verifies] names, and the closing line
/// <c>contract clauses verified: N/M</c> (M checkable clauses, N of them with at least one verifying test).
/// </summary>
internal sealed class CoverageReport
{
    private CoverageReport(
        IReadOnlyList<ContractClause> clauses,
        IReadOnlyDictionary<string, List<string>> byClause,
        IReadOnlyList<(string Id, string Test)> unknown)
    {
        Clauses = clauses;
        ByClause = byClause;
        Unknown = unknown;
        Checkable = clauses.Count(c => c.Checkable);
        Verified = clauses.Count(c => c.Checkable && byClause.ContainsKey(c.Id));
    }

    public IReadOnlyList<ContractClause> Clauses { get; }

    /// <summary>Clause id → the tests that name it.</summary>
    public IReadOnlyDictionary<string, List<string>> ByClause { get; }

    /// <summary>Ids named by a [Verifies] that are no clause of the contract (a typo), with the test that names each.</summary>
    public IReadOnlyList<(string Id, string Test)> Unknown { get; }

    public int Checkable { get; }

    public int Verified { get; }

    public IEnumerable<ContractClause> Unverified => Clauses.Where(c => c.Checkable && !ByClause.ContainsKey(c.Id));

    /// <summary>The last line of the report and of the console output.</summary>
    public string SummaryLine => $"contract clauses verified: {Verified}/{Checkable}";

    public static CoverageReport Build(IReadOnlyList<ContractClause> clauses, IEnumerable<TestVerifies> tests)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(tests);
        var known = clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var byClause = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unknown = new List<(string, string)>();
        foreach (var test in tests)
        {
            foreach (var id in test.Clauses.Distinct(StringComparer.Ordinal))
            {
                if (!known.Contains(id))
                {
                    unknown.Add((id, test.Test));
                    continue;
                }

                if (!byClause.TryGetValue(id, out var list))
                {
                    byClause[id] = list = [];
                }

                list.Add(test.Test);
            }
        }

        return new CoverageReport(clauses, byClause, unknown);
    }

    /// <summary>2 for an unknown id; 1 for an unverified checkable clause when every one is required; else 0.</summary>
    public int ExitCode(bool requireAll) => Unknown.Count > 0 ? 2 : requireAll && Verified < Checkable ? 1 : 0;

    public string ToMarkdown()
    {
        var text = new StringBuilder()
            .AppendLine("# Contract coverage")
            .AppendLine()
            .AppendLine("Each clause of docs/CONTRACT.md and the tier tests whose `[Verifies]` names it; written by Netra.E2E.Coverage.")
            .AppendLine()
            .AppendLine("| clause | verified by |")
            .AppendLine("|---|---|");
        foreach (var clause in Clauses)
        {
            var cell = ByClause.TryGetValue(clause.Id, out var tests) ? string.Join("<br>", tests.Select(t => $"`{t}`"))
                : clause.Checkable ? "**NOT VERIFIED**"
                : $"not checkable: {clause.NotCheckableReason}";
            text.Append("| `").Append(clause.Id).Append("` | ").Append(cell).AppendLine(" |");
        }

        text.AppendLine().AppendLine("## Unknown clause ids in [Verifies]").AppendLine();
        if (Unknown.Count == 0)
        {
            text.AppendLine("None.");
        }

        foreach (var (id, test) in Unknown)
        {
            text.Append("- ERROR: `").Append(id).Append("` in `").Append(test).AppendLine("` is no clause of docs/CONTRACT.md");
        }

        return text.AppendLine().AppendLine(SummaryLine).ToString();
    }
}
