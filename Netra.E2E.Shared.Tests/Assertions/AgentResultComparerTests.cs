using System.Text.Json;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Oracle;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class AgentResultComparerTests
{
    // "Cut my cloud budget": 3 + 1 + 2 + 1 + 5 + 1 + 6 = 19 characters, 4 words, ceil(19 / 4) = 5 tokens;
    // cost_estimator(5, netra-small) = 5 / 1000 × 0.0005 = 0.0000025.
    private const string Request = "Cut my cloud budget";

    private const string OptimizationResult = """
        {"summary":"Estimated: Cut my cloud budget","tool_results":{
          "token_counter":{"characters":19,"words":4,"estimated_tokens":5},
          "cost_estimator":{"model":"netra-small","cost_usd":2.5E-06}}}
        """;

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static IEnumerable<string> Messages(string actual, string agentType = "optimization", string request = Request) =>
        AgentResultComparer.Compare(Json(actual), ExpectedAgentResult.For(agentType, request)).Select(v => v.Message);

    [Test]
    public void Compare_HandWorkedOptimizationResult_Matches()
    {
        Messages(OptimizationResult).Should().BeEmpty();
    }

    [Test]
    public void Compare_CostWithinTinyTolerance_Matches()
    {
        Messages(OptimizationResult.Replace("2.5E-06", "0.0000025000000001", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void Compare_CostRoundedToSixDecimals_IsReported()
    {
        Messages(OptimizationResult.Replace("2.5E-06", "0.000003", StringComparison.Ordinal))
            .Should().Equal("tool_results.cost_estimator.cost_usd: expected 2.5E-06 (computed from the request), target sent 0.000003");
    }

    [Test]
    public void Compare_CannedWordCount_NamesPathExpectedAndSent()
    {
        Messages(OptimizationResult.Replace("\"words\":4", "\"words\":3", StringComparison.Ordinal))
            .Should().Equal("tool_results.token_counter.words: expected 4 (computed from the request), target sent 3");
    }

    [Test]
    public void Compare_NumberSentAsString_IsReported()
    {
        Messages(OptimizationResult.Replace("\"words\":4", "\"words\":\"4\"", StringComparison.Ordinal))
            .Should().Equal("tool_results.token_counter.words: expected 4 (computed from the request), target sent \"4\"");
    }

    [Test]
    public void Compare_SummaryNotQuotingRequest_IsReported()
    {
        Messages(OptimizationResult.Replace("Estimated: Cut my cloud budget", "Done", StringComparison.Ordinal))
            .Should().Equal("summary: expected to quote the request's first 80 characters \"Cut my cloud budget\", target sent \"Done\"");
    }

    [Test]
    public void Compare_MissingAndExtraTools_AreReported()
    {
        const string Actual = """{"summary":"Cut my cloud budget","tool_results":{"token_counter":""" +
            """{"characters":19,"words":4,"estimated_tokens":5},"keyword_extractor":{"keywords":[]}}}""";

        Messages(Actual).Should().BeEquivalentTo(
            "tool_results.cost_estimator: expected {\"model\":\"netra-small\",\"cost_usd\":2.5E-06} (computed from the request), target " +
                "sent nothing",
            "tool_results.keyword_extractor: agent optimization does not run this tool, target sent {\"keywords\":[]}");
    }

    [Test]
    public void Compare_TriageWithWrongCategory_IsReported()
    {
        // "Cut my cloud budget" contains "budget": optimization.
        const string Actual = """{"summary":"Cut my cloud budget","category":"general","tool_results":{"token_counter":""" +
            """{"characters":19,"words":4,"estimated_tokens":5}}}""";

        Messages(Actual, "triage").Should()
            .Equal("category: expected \"optimization\" (computed from the request), target sent \"general\"");
    }

    [Test]
    public void Compare_DataKeywordsInOtherOrder_ReportsWholeList()
    {
        // "report data report": report ×2, data ×1 → ["report", "data"]; 18 characters, 3 words, ceil(4.5) = 5 tokens.
        const string Actual = """{"summary":"report data report","tool_results":{"token_counter":""" +
            """{"characters":18,"words":3,"estimated_tokens":5},"keyword_extractor":{"keywords":["data","report"]}}}""";

        Messages(Actual, "data", "report data report")
            .Should()
                .Equal("tool_results.keyword_extractor.keywords: expected [\"report\",\"data\"] (computed from the request), target sent " +
                    "[\"data\",\"report\"]");
    }

    [Test]
    public void Compare_ResultNotAnObject_IsReported()
    {
        Messages("\"ok\"").Should().Equal("result: expected an object, target sent \"ok\"");
    }

    [Test]
    public void CompareToolResult_ToolExecuteAnswer_ChecksAgainstParameters()
    {
        // keyword_extractor("bee ant bee cat", top 1): bee ×2, then ant and cat ×1 → the top one is ["bee"].
        var expected = ExpectedToolCall.KeywordExtractor("bee ant bee cat", top: 1);

        AgentResultComparer.CompareToolResult(Json("""{"keywords":["bee"]}"""), expected).Should().BeEmpty();
        AgentResultComparer.CompareToolResult(Json("""{"keywords":["ant"]}"""), expected).Select(v => v.Message)
            .Should().Equal("keyword_extractor.keywords: expected [\"bee\"] (computed from the parameters), target sent [\"ant\"]");
    }

    [Test]
    public void ExpectedAgentResult_Optimization_RunsTokenCounterThenCostEstimatorOnNetraSmall()
    {
        var expected = ExpectedAgentResult.For("optimization", Request);

        expected.Tools.Select(t => t.ToolName).Should().Equal("token_counter", "cost_estimator");
        expected.Tools[1].Parameters.GetRawText().Should().Be("""{"estimated_tokens":5,"model":"netra-small"}""");
        expected.Category.Should().BeNull();
    }
}
