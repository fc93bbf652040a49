using System.Text.Json;
using Netra.E2E.Shared.Json;

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
        return new(
            ContractAgents.TokenCounter,
            Object(text, static (w, text) => w.WriteString("text", text)),
            Object(count, static (w, count) =>
            {
                w.WriteNumber("characters", count.Characters);
                w.WriteNumber("words", count.Words);
                w.WriteNumber("estimated_tokens", count.EstimatedTokens);
            }));
    }

    /// <summary><c>keyword_extractor {text, top?}</c>; <paramref name="top"/> null (default) expects no <c>top</c> parameter and 5
    /// keywords.</summary>
    public static ExpectedToolCall KeywordExtractor(string text, int? top = null)
    {
        var keywords = ContractCalculator.ExtractKeywords(text, top ?? ContractCalculator.DefaultKeywordCount);
        return new(
            ContractAgents.KeywordExtractor,
            Object((text, top), static (w, p) =>
            {
                w.WriteString("text", p.text);
                if (p.top is { } n)
                {
                    w.WriteNumber("top", n);
                }
            }),
            Object(keywords, static (w, keywords) =>
            {
                w.WriteStartArray("keywords");
                foreach (var keyword in keywords)
                {
                    w.WriteStringValue(keyword);
                }

                w.WriteEndArray();
            }));
    }

    /// <summary><c>cost_estimator {estimated_tokens, model}</c> and its computed result.</summary>
    /// <exception cref="ArgumentException">The model is unknown (the target must answer 422).</exception>
    public static ExpectedToolCall CostEstimator(int estimatedTokens, string model)
    {
        var cost = ContractCalculator.EstimateCost(estimatedTokens, model);
        return new(
            ContractAgents.CostEstimator,
            Object((estimatedTokens, model), static (w, p) =>
            {
                w.WriteNumber("estimated_tokens", p.estimatedTokens);
                w.WriteString("model", p.model);
            }),
            Object(cost, static (w, cost) =>
            {
                w.WriteString("model", cost.Model);
                w.WriteNumber("cost_usd", cost.CostUsd);
            }));
    }

    private static JsonElement Object<TState>(TState state, Action<Utf8JsonWriter, TState> fields) =>
        JsonElement.Parse(JsonWriting.Object(state, fields));
}
