using System.Text.Json;

namespace Netra.E2E.Shared.Contract;

/// <summary>One contract tool call as the target must make it: the tool, its parameters and its computed result.</summary>
/// <param name="ToolName">The tool's name.</param>
/// <param name="Parameters">The parameters the tool must receive (fields not listed here are not checked).</param>
/// <param name="Result">The result the tool must produce.</param>
public sealed record ExpectedToolCall(string ToolName, JsonElement Parameters, JsonElement Result)
{
    /// <summary><c>token_counter {text}</c> and its computed result.</summary>
    public static ExpectedToolCall TokenCounter(string text)
    {
        var count = ContractCalculator.CountTokens(text);
        return Create(
            ContractAgents.TokenCounter, new { text },
            new { characters = count.Characters, words = count.Words, estimated_tokens = count.EstimatedTokens });
    }

    /// <summary><c>keyword_extractor {text, top?}</c>; <paramref name="top"/> null (default) expects no <c>top</c> parameter and 5
    /// keywords.</summary>
    public static ExpectedToolCall KeywordExtractor(string text, int? top = null)
    {
        var keywords = ContractCalculator.ExtractKeywords(text, top ?? ContractCalculator.DefaultKeywordCount);
        object parameters = top is { } n ? new { text, top = n } : new { text };
        return Create(ContractAgents.KeywordExtractor, parameters, new { keywords });
    }

    /// <summary><c>cost_estimator {estimated_tokens, model}</c> and its computed result.</summary>
    /// <exception cref="ArgumentException">The model is unknown (the target must answer 422).</exception>
    public static ExpectedToolCall CostEstimator(int estimatedTokens, string model)
    {
        var cost = ContractCalculator.EstimateCost(estimatedTokens, model);
        return Create(
            ContractAgents.CostEstimator, new { estimated_tokens = estimatedTokens, model },
            new { model = cost.Model, cost_usd = cost.CostUsd });
    }

    // Serialised as their own (anonymous) types, not through object, which would resolve the type again on every call.
    private static ExpectedToolCall Create(string tool, object parameters, object result) =>
        new(tool, JsonSerializer.SerializeToElement(parameters, parameters.GetType()),
            JsonSerializer.SerializeToElement(result, result.GetType()));
}
