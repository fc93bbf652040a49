using System.Text.Json;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Oracle;

/// <summary>
/// Checks a run result (<c>agent_completed.payload.result</c>, or the <c>response</c> of <c>POST /api/agents/execute</c>)
/// or a single tool result against what contract 6 computes from the request; a canned answer fails here.
/// </summary>
public static class AgentResultComparer
{
    private const string FromRequest = "computed from the request";

    /// <summary>Compares a run result with <paramref name="expected"/>; an empty list means it matches.</summary>
    public static IReadOnlyList<RuleViolation> Compare(JsonElement actual, ExpectedAgentResult expected) =>
        Differences(actual, expected, string.Empty).Select(m => new RuleViolation(RunRuleIds.ComputedResult, null, m)).ToList();

    /// <summary>Compares a tool result (e.g. the <c>result</c> of <c>POST /api/tools/execute</c>) with <paramref
    /// name="expected"/>.</summary>
    public static IReadOnlyList<RuleViolation> CompareToolResult(JsonElement actual, ExpectedToolCall expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return JsonComparer.Differences(expected.Result, actual, expected.ToolName, "computed from the parameters")
            .Select(m => new RuleViolation(RunRuleIds.ComputedResult, null, m)).ToList();
    }

    /// <summary>The differences as messages, each path under <paramref name="prefix"/> (empty: paths start at the result's
    /// fields).</summary>
    internal static IEnumerable<string> Differences(JsonElement actual, ExpectedAgentResult expected, string prefix)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (actual.ValueKind != JsonValueKind.Object)
        {
            yield return $"{(prefix.Length == 0 ? "result" : prefix)}: expected an object, target sent {JsonComparer.Show(actual)}";
            yield break;
        }

        var summary = JsonLookup.Property(actual, "summary");
        var summaryText = summary is { ValueKind: JsonValueKind.String } text ? text.GetString()! : null;
        if (summaryText is null || !summaryText.Contains(expected.SummaryQuote, StringComparison.Ordinal))
        {
            yield return $"{JsonComparer.Join(prefix, "summary")}: expected to quote the request's first " +
                $"{ContractCalculator.SummaryQuoteLength} characters " +
                $"{JsonComparer.Show(JsonSerializer.SerializeToElement(expected.SummaryQuote))}, target sent " +
                    $"{(summary is null ? "nothing" : JsonComparer.Show(summary))}";
        }
        else if (expected.SummaryOverQuote is { } over && summaryText.Contains(over, StringComparison.Ordinal))
        {
            yield return $"{JsonComparer.Join(prefix, "summary")}: must quote no more than the request's first " +
                $"{ContractCalculator.SummaryQuoteLength} " +
                $"characters, but it contains the first {ContractCalculator.SummaryQuoteLength + 1}: target sent " +
                    $"{JsonComparer.Show(summary)}";
        }

        if (expected.Category is { } category)
        {
            foreach (var d in JsonComparer.Differences(JsonSerializer.SerializeToElement(category), JsonLookup.Property(actual, "category"),
                JsonComparer.Join(prefix, "category"), FromRequest))
            {
                yield return d;
            }
        }

        var results = JsonLookup.Property(actual, "tool_results");
        if (results is not { ValueKind: JsonValueKind.Object } toolResults)
        {
            yield return $"{JsonComparer.Join(prefix, "tool_results")}: expected an object with " +
                $"{string.Join(", ", expected.Tools.Select(t => t.ToolName))}, " +
                $"target sent {(results is null ? "nothing" : JsonComparer.Show(results))}";
            yield break;
        }

        for (var i = 0; i < expected.Tools.Count; i++)
        {
            // The lazy-path comparison: a matching result (the common case) builds no path.
            var tool = expected.Tools[i];
            foreach (var d in JsonComparer.Differences(tool.Result, JsonLookup.Property(toolResults, tool.ToolName),
                () => JsonComparer.Join(prefix, $"tool_results.{tool.ToolName}"), FromRequest))
            {
                yield return d;
            }
        }

        foreach (var extra in toolResults.EnumerateObject())
        {
            if (expected.Tool(extra.Name) is null)
            {
                yield return $"{JsonComparer.Join(prefix, $"tool_results.{extra.Name}")}: agent {expected.AgentType} does not run this " +
                    $"tool, target sent {JsonComparer.Show(extra.Value)}";
            }
        }
    }
}
