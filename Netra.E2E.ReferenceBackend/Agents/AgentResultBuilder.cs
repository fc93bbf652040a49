using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// Builds <c>agent_completed.result</c>: a summary quoting the request's first 80 characters, the triage
/// category, and the tool results keyed by tool name. <c>canned-agent</c> replaces the summary by a template; home of
/// <c>summary-too-long</c> and <c>triage-substring-match</c>.
/// </summary>
internal sealed class AgentResultBuilder(FaultSet faults)
{
    public const int QuoteLength = 80;
    private static readonly string[] OptimizationTerms = ["cost", "spend", "budget", "optimis", "optimiz"];
    private static readonly string[] DataTerms = ["data", "quer", "report"];

    /// <summary>Triage category (contract v2 section 6): the request mentions a term when one of its words starts with it.</summary>
    public static string Category(string userRequest) =>
        Words.Mentions(userRequest, OptimizationTerms) ? "optimization"
        : Words.Mentions(userRequest, DataTerms) ? "data"
        : "general";

    /// <summary>The <c>triage-substring-match</c> fault: a term anywhere in the text counts ("metadata" mentions data).</summary>
    private static string SubstringCategory(string userRequest)
    {
        var text = userRequest.ToLowerInvariant();
        return OptimizationTerms.Any(t => text.Contains(t, StringComparison.Ordinal)) ? "optimization"
            : DataTerms.Any(t => text.Contains(t, StringComparison.Ordinal)) ? "data"
            : "general";
    }

    /// <summary>The request's first 80 characters (Unicode scalar values), the whole request when shorter.</summary>
    public static string Quote(string userRequest) => Words.FirstCharacters(userRequest, QuoteLength);

    /// <summary>The quote in the summary; <c>summary-too-long</c> quotes 100 characters instead of 80.</summary>
    private string Quoted(string userRequest) =>
        faults.Has(Fault.SummaryTooLong) ? Words.FirstCharacters(userRequest, 100) : Quote(userRequest);

    public JsonObject Build(string agentType, string userRequest, JsonObject toolResults)
    {
        var canned = faults.Has(Fault.CannedAgent);
        var result = new JsonObject
        {
            ["summary"] = canned ? CannedResults.Summary : $"The {agentType} agent processed \"{Quoted(userRequest)}\".",
        };
        if (agentType == AgentCatalog.Triage)
        {
            result["category"] = canned ? "general"
                : faults.Has(Fault.TriageSubstringMatch) ? SubstringCategory(userRequest)
                : Category(userRequest);
        }

        result["tool_results"] = toolResults.DeepClone();
        return result;
    }
}
