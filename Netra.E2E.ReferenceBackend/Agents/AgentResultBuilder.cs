using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// Builds <c>agent_completed.result</c>: a summary quoting the request's first 80 characters, the triage
/// category, and the tool results keyed by tool name. <c>canned-agent</c> replaces the summary by a template.
/// </summary>
internal sealed class AgentResultBuilder(FaultSet faults)
{
    public const int QuoteLength = 80;
    // optimi[sz]e read as a stem: "optimization" and "optimising" are optimization requests too.
    private static readonly string[] OptimizationWords = ["cost", "spend", "budget", "optimiz", "optimis"];
    private static readonly string[] DataWords = ["data", "dataset", "query", "report"];

    /// <summary>Triage category: case-insensitive substring match, optimization words first.</summary>
    public static string Category(string userRequest) =>
        OptimizationWords.Any(w => userRequest.Contains(w, StringComparison.OrdinalIgnoreCase)) ? "optimization"
        : DataWords.Any(w => userRequest.Contains(w, StringComparison.OrdinalIgnoreCase)) ? "data"
        : "general";

    public static string Quote(string userRequest) => userRequest.Length <= QuoteLength ? userRequest : userRequest[..QuoteLength];

    public JsonObject Build(string agentType, string userRequest, JsonObject toolResults)
    {
        var canned = faults.Has(Fault.CannedAgent);
        var result = new JsonObject
        {
            ["summary"] = canned ? CannedResults.Summary : $"The {agentType} agent processed \"{Quote(userRequest)}\".",
        };
        if (agentType == AgentCatalog.Triage)
        {
            result["category"] = canned ? "general" : Category(userRequest);
        }

        result["tool_results"] = toolResults.DeepClone();
        return result;
    }
}
