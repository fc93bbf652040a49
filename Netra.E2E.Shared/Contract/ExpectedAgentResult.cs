namespace Netra.E2E.Shared.Contract;

/// <summary>What a run of an agent type on a request must produce (contract 6): its tool calls in order, category, summary quote.</summary>
public sealed class ExpectedAgentResult
{
    private ExpectedAgentResult(string agentType, string request, IReadOnlyList<ExpectedToolCall> tools, string? category)
    {
        AgentType = agentType;
        Request = request;
        Tools = tools;
        Category = category;
        SummaryQuote = ContractCalculator.SummaryQuote(request);
        SummaryOverQuote = ContractCalculator.SummaryOverQuote(request);
    }

    /// <summary>The agent type.</summary>
    public string AgentType { get; }

    /// <summary>The user request every tool runs on.</summary>
    public string Request { get; }

    /// <summary>The tool calls, in the order they must run.</summary>
    public IReadOnlyList<ExpectedToolCall> Tools { get; }

    /// <summary><c>result.category</c> for triage; null for the other agents (not checked).</summary>
    public string? Category { get; }

    /// <summary>The text <c>result.summary</c> must contain: the request's first 80 characters.</summary>
    public string SummaryQuote { get; }

    /// <summary>The request's first 81 characters, which <c>result.summary</c> must not contain; null for a short request.</summary>
    public string? SummaryOverQuote { get; }

    /// <summary>Computes the expectation for <paramref name="agentType"/> run on <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentException">The agent type is not triage, data or optimization.</exception>
    public static ExpectedAgentResult For(string agentType, string request)
    {
        ArgumentNullException.ThrowIfNull(agentType);
        ArgumentNullException.ThrowIfNull(request);
        var names = ContractAgents.ToolsOf(agentType);
        var tokens = ContractCalculator.CountTokens(request);
        var tools = names.Select(name => name switch
        {
            ContractAgents.TokenCounter => ExpectedToolCall.TokenCounter(request),
            ContractAgents.KeywordExtractor => ExpectedToolCall.KeywordExtractor(request),
            _ => ExpectedToolCall.CostEstimator(tokens.EstimatedTokens, ContractAgents.OptimizationModel),
        }).ToList();
        var category = agentType == ContractAgents.Triage ? ContractCalculator.Categorize(request) : null;
        return new ExpectedAgentResult(agentType, request, tools, category);
    }

    /// <summary>The expected call of tool <paramref name="toolName"/>, or null when this agent does not run it.</summary>
    public ExpectedToolCall? Tool(string? toolName)
    {
        // By index: a foreach over the interface would box the list's enumerator on every call (several per run).
        for (var i = 0; i < Tools.Count; i++)
        {
            if (Tools[i].ToolName == toolName)
            {
                return Tools[i];
            }
        }

        return null;
    }
}
