using System.Text.Json;
using Netra.E2E.Shared.Contract;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class ExpectedToolCallTests
{
    // Hand-worked from contract 6: "Hello big world" has 15 characters, 3 words, ceil(15 / 4) = 4 tokens; "bee" twice ranks
    // first, then "ant" before "cat" ordinally; 3000 tokens of netra-large cost 3000 / 1000 × 0.0100 = 0.03.
    [Test]
    public void TokenCounter_ParametersAndResult_AreTheContractsObjects() =>
        Check(ExpectedToolCall.TokenCounter("Hello big world"), "token_counter", """{"text":"Hello big world"}""",
            """{"characters":15,"words":3,"estimated_tokens":4}""");

    [Test]
    public void KeywordExtractor_WithTop_AreTheContractsObjects() =>
        Check(ExpectedToolCall.KeywordExtractor("bee ant bee cat", top: 2), "keyword_extractor",
            """{"text":"bee ant bee cat","top":2}""", """{"keywords":["bee","ant"]}""");

    [Test]
    public void KeywordExtractor_WithoutTop_SendsNoTop() =>
        Check(ExpectedToolCall.KeywordExtractor("Café café naïve"), "keyword_extractor", """{"text":"Café café naïve"}""",
            """{"keywords":["café","naïve"]}""");

    [Test]
    public void CostEstimator_ParametersAndResult_AreTheContractsObjects() =>
        Check(ExpectedToolCall.CostEstimator(3000, "netra-large"), "cost_estimator", """{"estimated_tokens":3000,"model":"netra-large"}""",
            """{"model":"netra-large","cost_usd":0.03}""");

    [Test]
    public void Calls_ComputedOneAfterAnother_KeepTheirOwnValues()
    {
        var first = ExpectedToolCall.TokenCounter("one");
        var second = ExpectedToolCall.TokenCounter("two words");

        first.Parameters.GetProperty("text").GetString().Should().Be("one");
        second.Parameters.GetProperty("text").GetString().Should().Be("two words");
    }

    private static void Check(ExpectedToolCall call, string tool, string parameters, string result)
    {
        call.ToolName.Should().Be(tool);
        JsonElement.DeepEquals(call.Parameters, JsonElement.Parse(parameters)).Should().BeTrue(call.Parameters.GetRawText());
        JsonElement.DeepEquals(call.Result, JsonElement.Parse(result)).Should().BeTrue(call.Result.GetRawText());
    }
}
