using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Tests.Unit;

public sealed class ToolComputationTests
{
    [TestCase("Hello world", 11, 2, 3)]
    [TestCase("", 0, 0, 0)]
    [TestCase("  a\tb\nc  ", 9, 3, 3)]
    [TestCase("héllo 😀", 8, 2, 2)]
    [TestCase("abcd", 4, 1, 1)]
    [TestCase("abcde", 5, 1, 2)]
    public void TokenCounter_HandWorkedText_CountsUtf16CharsWhitespaceWordsAndCeilQuarterTokens(string text, int chars, int words,
        int tokens) =>
        TokenCounter.Count(text).Should().Be(new TokenCount(chars, words, tokens));

    [Test]
    public void KeywordExtractor_RepeatedWords_RanksByFrequencyThenAlphabetically() =>
        KeywordExtractor.Extract("The cat and the hat sat on the mat with the cat", 5)
            .Should().Equal("the", "cat", "and", "hat", "mat");

    [Test]
    public void KeywordExtractor_MixedCaseDigitsAndPunctuation_SplitsOnNonLettersAndLowerCases() =>
        KeywordExtractor.Extract("data-driven reports: DATA, data2go", 5).Should().Equal("data", "driven", "reports");

    [Test]
    public void KeywordExtractor_TopTwo_ReturnsOnlyTwo() =>
        KeywordExtractor.Extract("alpha beta beta gamma gamma gamma", 2).Should().Equal("gamma", "beta");

    [TestCase(123, "netra-small", "0.0000615")]
    [TestCase(1000, "netra-large", "0.01")]
    [TestCase(2500, "netra-small", "0.00125")]
    [TestCase(0, "netra-large", "0")]
    public void CostEstimator_KnownModel_IsTokensOverThousandTimesRate(long tokens, string model, string expected) =>
        CostEstimator.Estimate(tokens, model).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void CostEstimator_UnknownModel_HasNoEstimate() => CostEstimator.Estimate(10, "gpt-4").Should().BeNull();

    [Test]
    public void ToolBox_CostEstimatorWithUnknownModel_IsRefused() =>
        new ToolBox(FaultSet.None).Execute(CostEstimator.Name, new() { ["estimated_tokens"] = 5, ["model"] = "other" })
            .Error.Should().NotBeNull();

    [TestCase("Reduce our cloud COSTS please", "optimization")]
    [TestCase("Please optimise the pipeline", "optimization")]
    [TestCase("Can we trim the budget?", "optimization")]
    [TestCase("A report on spend", "optimization")]
    [TestCase("Suggest an optimization", "optimization")]
    [TestCase("Run a query on the dataset", "data")]
    [TestCase("Send me the weekly report", "data")]
    [TestCase("Hello there", "general")]
    public void TriageCategory_RequestWording_FollowsContractRules(string request, string category) =>
        AgentResultBuilder.Category(request).Should().Be(category);

    [Test]
    public void AgentResult_LongRequest_SummaryQuotesFirst80CharactersAndKeysToolResults()
    {
        var request = new string('x', 70) + "0123456789ABCDEFGHIJ";
        var tools = new System.Text.Json.Nodes.JsonObject
        {
            ["token_counter"] = new System.Text.Json.Nodes.JsonObject { ["characters"] = 90 },
        };

        var result = new AgentResultBuilder(FaultSet.None).Build(AgentCatalog.Triage, request, tools);

        result["summary"]!.GetValue<string>().Should().Contain(request[..80]).And.NotContain(request[..81]);
        result["category"]!.GetValue<string>().Should().Be("general");
        result["tool_results"]!["token_counter"]!["characters"]!.GetValue<int>().Should().Be(90);
    }

    [Test]
    public void AgentCatalog_Optimization_FeedsTokenEstimateToCostEstimator()
    {
        var soFar = new System.Text.Json.Nodes.JsonObject
        {
            ["token_counter"] = new System.Text.Json.Nodes.JsonObject { ["estimated_tokens"] = 12 },
        };

        var parameters = AgentCatalog.Parameters(CostEstimator.Name, "ignored", soFar);

        new ToolBox(FaultSet.None).Execute(CostEstimator.Name, parameters).Result!["cost_usd"]!.GetValue<decimal>().Should().Be(0.000006m);
    }
}
