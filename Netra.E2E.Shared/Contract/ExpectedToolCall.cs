using System.Text.Json;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Contract;

/// <summary>One contract tool call as the target must make it: the tool, its parameters and its computed result.</summary>
/// <param name="ToolName">The tool's name.</param>
/// <param name="Parameters">The parameters the tool must receive (fields not listed here are not checked).</param>
/// <param name="Result">The result the tool must produce.</param>
public sealed record ExpectedToolCall(string ToolName, JsonElement Parameters, JsonElement Result)
{
    // Each call's parameters and result are written as one object {"p": ..., "r": ...} and parsed once (two elements of one
    // document), by this thread's writer: a run computes two or three calls.
    private static ReadOnlySpan<byte> ParametersKey => "p"u8;

    private static ReadOnlySpan<byte> ResultKey => "r"u8;

    /// <summary><c>token_counter {text}</c> and its computed result.</summary>
    public static ExpectedToolCall TokenCounter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = ContractCalculator.CountTokens(text);
        var w = JsonWriting.StartObject();
        w.WriteStartObject(ParametersKey);
        w.WriteString("text", text);
        w.WriteEndObject();
        w.WriteStartObject(ResultKey);
        w.WriteNumber("characters", count.Characters);
        w.WriteNumber("words", count.Words);
        w.WriteNumber("estimated_tokens", count.EstimatedTokens);
        w.WriteEndObject();
        return Written(ContractAgents.TokenCounter);
    }

    /// <summary><c>keyword_extractor {text, top?}</c>; <paramref name="top"/> null (default) expects no <c>top</c> parameter and 5
    /// keywords.</summary>
    public static ExpectedToolCall KeywordExtractor(string text, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keywords = ContractCalculator.ExtractKeywords(text, top ?? ContractCalculator.DefaultKeywordCount);
        var w = JsonWriting.StartObject();
        w.WriteStartObject(ParametersKey);
        w.WriteString("text", text);
        if (top is { } n)
        {
            w.WriteNumber("top", n);
        }

        w.WriteEndObject();
        w.WriteStartObject(ResultKey);
        w.WriteStartArray("keywords");
        for (var i = 0; i < keywords.Count; i++)
        {
            w.WriteStringValue(keywords[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        return Written(ContractAgents.KeywordExtractor);
    }

    /// <summary><c>cost_estimator {estimated_tokens, model}</c> and its computed result.</summary>
    /// <exception cref="ArgumentException">The model is unknown (the target must answer 422).</exception>
    public static ExpectedToolCall CostEstimator(int estimatedTokens, string model)
    {
        var cost = ContractCalculator.EstimateCost(estimatedTokens, model);
        var w = JsonWriting.StartObject();
        w.WriteStartObject(ParametersKey);
        w.WriteNumber("estimated_tokens", estimatedTokens);
        w.WriteString("model", model);
        w.WriteEndObject();
        w.WriteStartObject(ResultKey);
        w.WriteString("model", cost.Model);
        w.WriteNumber("cost_usd", cost.CostUsd);
        w.WriteEndObject();
        return Written(ContractAgents.CostEstimator);
    }

    private static ExpectedToolCall Written(string toolName)
    {
        var call = JsonElement.Parse(JsonWriting.EndObject());
        return new(toolName, call.GetProperty(ParametersKey), call.GetProperty(ResultKey));
    }
}
