namespace Netra.E2E.Shared.Contract;

/// <summary>The agent types and tools of contract section 6, and which tools each agent runs in which order.</summary>
public static class ContractAgents
{
    /// <summary>Agent type that counts tokens and sets <c>result.category</c>.</summary>
    public const string Triage = "triage";

    /// <summary>Agent type that counts tokens then extracts keywords.</summary>
    public const string Data = "data";

    /// <summary>Agent type that counts tokens then estimates the cost with <c>netra-small</c>.</summary>
    public const string Optimization = "optimization";

    /// <summary>Tool <c>token_counter {text}</c>.</summary>
    public const string TokenCounter = "token_counter";

    /// <summary>Tool <c>keyword_extractor {text, top?}</c>.</summary>
    public const string KeywordExtractor = "keyword_extractor";

    /// <summary>Tool <c>cost_estimator {estimated_tokens, model}</c>.</summary>
    public const string CostEstimator = "cost_estimator";

    /// <summary>The model the optimization agent prices: <c>netra-small</c>.</summary>
    public const string OptimizationModel = "netra-small";

    /// <summary>The supported agent types, as <c>GET /api/agents/stream</c> lists them.</summary>
    public static IReadOnlyList<string> AgentTypes { get; } = [Triage, Data, Optimization];

    /// <summary>The contract's tools, as <c>GET /api/tools</c> lists them.</summary>
    public static IReadOnlyList<string> Tools { get; } = [TokenCounter, KeywordExtractor, CostEstimator];

    /// <summary>The tools <paramref name="agentType"/> runs, in order.</summary>
    /// <exception cref="ArgumentException">The agent type is not one of <see cref="AgentTypes"/>.</exception>
    public static IReadOnlyList<string> ToolsOf(string agentType) => agentType switch
    {
        Triage => [TokenCounter],
        Data => [TokenCounter, KeywordExtractor],
        Optimization => [TokenCounter, CostEstimator],
        _ => throw new ArgumentException(
            $"Unknown agent type \"{agentType}\"; contract 6 defines {string.Join(", ", AgentTypes)}.", nameof(agentType)),
    };
}
