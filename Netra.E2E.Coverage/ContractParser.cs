using System.Text.RegularExpressions;

namespace Netra.E2E.Coverage;

/// <summary>
/// Reads the clauses of docs/CONTRACT.md, as docs/extract-clauses.sh does: a clause is a list item whose first line starts
/// with its id in bold code; it is not checkable when that line carries <c>*(not checkable end-to-end: reason)*</c>.
/// </summary>
internal static partial class ContractParser
{
    public static IReadOnlyList<ContractClause> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var clauses = new List<ContractClause>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var clause = ClauseLine().Match(lines[i]);
            var ids = BoldId().Matches(lines[i]);
            if (ids.Count > (clause.Success ? 1 : 0))
            {
                throw new ContractFormatException(
                    $"line {number}: the bold id {ids[clause.Success ? 1 : 0].Value} is not the start of a clause line");
            }

            if (!clause.Success)
            {
                continue;
            }

            var id = clause.Groups["id"].Value;
            if (seen.TryGetValue(id, out var first))
            {
                throw new ContractFormatException($"line {number}: clause {id} repeats the id of line {first}");
            }

            seen[id] = number;
            var mark = NotCheckable().Match(clause.Groups["rest"].Value);
            clauses.Add(new ContractClause(id, number, mark.Success ? mark.Groups["reason"].Value.Trim() : null));
        }

        return clauses.Count > 0 ? clauses : throw new ContractFormatException("no clause found (a clause line starts with - **`ID`**)");
    }

    [GeneratedRegex(@"^- \*\*`(?<id>[A-Z]+(?:-[A-Z]+)*-\d+)`\*\*(?<rest>.*)$")]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"\*\*`[A-Z]+(?:-[A-Z]+)*-\d+`\*\*")]
    private static partial Regex BoldId();

    [GeneratedRegex(@"\*\(not checkable end-to-end: (?<reason>[^)]*)\)\*")]
    private static partial Regex NotCheckable();
}
