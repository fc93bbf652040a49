using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>The fixed template answers of the <c>canned-agent</c> fault: plausible, and unrelated to the request.</summary>
internal static class CannedResults
{
    public const string Summary = "Analysis complete. Your request has been processed successfully.";

    public static JsonObject For(string tool) => tool switch
    {
        TokenCounter.Name => new JsonObject { ["characters"] = 42, ["words"] = 7, ["estimated_tokens"] = 11 },
        KeywordExtractor.Name => new JsonObject { ["keywords"] = new JsonArray("analysis", "netra", "optimization") },
        _ => new JsonObject { ["model"] = CostEstimator.DefaultModel, ["cost_usd"] = 0.001m },
    };
}
