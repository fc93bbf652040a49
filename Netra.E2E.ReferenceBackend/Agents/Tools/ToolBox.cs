using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>
/// The three tools of contract 6, run the same way by <c>/api/tools/execute</c> and by agent runs.
/// With <c>canned-agent</c> a valid call answers a fixed template instead of the computation; home of the faults of one
/// tool's computation (<c>token-counter-counts-runes</c>, <c>keyword-ties-unordered</c>, <c>cost-rate-wrong</c>).
/// </summary>
internal sealed class ToolBox(FaultSet faults)
{
    public static readonly string[] Names = [TokenCounter.Name, KeywordExtractor.Name, CostEstimator.Name];

    public static bool Exists(string name) => Names.Contains(name, StringComparer.Ordinal);

    public ToolOutcome Execute(string name, JsonObject parameters)
    {
        var outcome = name switch
        {
            TokenCounter.Name => RunTokenCounter(parameters),
            KeywordExtractor.Name => RunKeywordExtractor(parameters),
            CostEstimator.Name => RunCostEstimator(parameters),
            _ => ToolOutcome.Invalid($"Unknown tool '{name}'."),
        };
        return outcome.Result is not null && faults.Has(Fault.CannedAgent) ? ToolOutcome.Ok(CannedResults.For(name)) : outcome;
    }

    private ToolOutcome RunTokenCounter(JsonObject parameters)
    {
        if (Text(parameters) is not { } text)
        {
            return ToolOutcome.Invalid("Parameter 'text' (string) is required.");
        }

        var count = TokenCounter.Count(text, countRunes: faults.Has(Fault.TokenCounterCountsRunes));
        return ToolOutcome.Ok(new JsonObject
        {
            ["characters"] = count.Characters,
            ["words"] = count.Words,
            ["estimated_tokens"] = count.EstimatedTokens,
        });
    }

    private ToolOutcome RunKeywordExtractor(JsonObject parameters)
    {
        if (Text(parameters) is not { } text)
        {
            return ToolOutcome.Invalid("Parameter 'text' (string) is required.");
        }

        var top = KeywordExtractor.DefaultTop;
        if (parameters["top"] is { } topNode)
        {
            if (Integer(topNode) is not { } value || value is < 1 or > 100)
            {
                return ToolOutcome.Invalid("Parameter 'top' must be an integer from 1 to 100.");
            }

            top = (int)value;
        }

        var keywords = KeywordExtractor.Extract(text, top, alphabeticalTies: !faults.Has(Fault.KeywordTiesUnordered));
        return ToolOutcome.Ok(new JsonObject { ["keywords"] = new JsonArray([.. keywords.Select(k => JsonValue.Create(k))]) });
    }

    private ToolOutcome RunCostEstimator(JsonObject parameters)
    {
        if (parameters["estimated_tokens"] is not { } tokensNode || Integer(tokensNode) is not { } tokens || tokens < 0)
        {
            return ToolOutcome.Invalid("Parameter 'estimated_tokens' must be a non-negative integer.");
        }

        if (parameters["model"] is not JsonValue modelNode || !modelNode.TryGetValue<string>(out var model))
        {
            return ToolOutcome.Invalid("Parameter 'model' (string) is required.");
        }

        return CostEstimator.Estimate(tokens, model, largeRateSlip: faults.Has(Fault.CostRateWrong)) is { } cost
            ? ToolOutcome.Ok(new JsonObject { ["model"] = model, ["cost_usd"] = cost })
            : ToolOutcome.Invalid($"Unknown model; known models: {string.Join(", ", CostEstimator.Rates.Keys)}.");
    }

    private static string? Text(JsonObject parameters) =>
        parameters["text"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static long? Integer(JsonNode node) => JsonNumbers.Integer(node);
}
