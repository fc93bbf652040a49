using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Agents.Tools;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>The agents of contract 6 and the tools each runs, in order, on the run's user_request.</summary>
internal static class AgentCatalog
{
    public const string Triage = "triage";
    public const string Data = "data";
    public const string Optimization = "optimization";

    public static readonly string[] Types = [Triage, Data, Optimization];

    public static bool IsKnown(string? type) => type is not null && Types.Contains(type, StringComparer.Ordinal);

    public static IReadOnlyList<string> ToolsFor(string type) => type switch
    {
        Data => [TokenCounter.Name, KeywordExtractor.Name],
        Optimization => [TokenCounter.Name, CostEstimator.Name],
        _ => [TokenCounter.Name],
    };

    /// <summary>A tool's parameters within a run; cost_estimator uses token_counter's estimate.</summary>
    public static JsonObject Parameters(string tool, string userRequest, JsonObject resultsSoFar) => tool switch
    {
        KeywordExtractor.Name => new JsonObject { ["text"] = userRequest, ["top"] = KeywordExtractor.DefaultTop },
        CostEstimator.Name => new JsonObject
        {
            ["estimated_tokens"] = resultsSoFar[TokenCounter.Name]?["estimated_tokens"]?.DeepClone(),
            ["model"] = CostEstimator.DefaultModel,
        },
        _ => new JsonObject { ["text"] = userRequest },
    };
}
