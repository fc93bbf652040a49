using System.Diagnostics;
using FluentAssertions;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>
/// Tool and agent computations of contract 6 on inputs that tell a correct implementation from a near miss: text outside the
/// BMP, keyword ties, the large model's rate, an 81st character, a word that only contains a term, and execution_time's unit.
/// </summary>
[Critical]
[WritesData]
public sealed class ToolContractTests : E2ETest
{
    private async Task<ApiResponse> ToolAsync(string toolName, object parameters)
    {
        var user = await NewUserAsync("tools");
        var response = await Api(user).ExecuteToolAsync(toolName, parameters, Cancellation);
        response.Should().HaveStatus(200);
        return response;
    }

    private async Task<ApiResponse> ExecuteAsync(string type, string message)
    {
        var user = await NewUserAsync("agents");
        var response = await Api(user).ExecuteAgentAsync(type, message, Cancellation);
        response.Should().HaveStatus(200);
        return response;
    }

    [Test]
    [Catches("token-counter-counts-runes")]
    [Verifies("AGENT-TOOLS-2", "AGENT-TOOLS-1", "AGENT-TOOLS-4", "REST-TOOLS-3")]
    public async Task TokenCounter_TextOutsideTheBmp_CountsUtf16CodeUnits()
    {
        const string text = "launch 🚀🚀 naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
        var expected = ContractCalculator.CountTokens(text);

        var response = await ToolAsync("token_counter", new { text });

        response.Int("result.characters").Should().Be(text.Length, "characters are UTF-16 code units; target answered {0}",
            response.Describe());
        response.Int("result.estimated_tokens").Should().Be(expected.EstimatedTokens, "ceil(characters / 4); target answered {0}",
            response.Describe());
    }

    [Test]
    [Catches("keyword-ties-unordered")]
    [Verifies("AGENT-TOOLS-6", "AGENT-TOOLS-5")]
    public async Task KeywordExtractor_TiedFrequencies_OrderedAlphabetically()
    {
        const string text = "zebra mango apple zebra mango kiwi";
        var expected = ContractCalculator.ExtractKeywords(text);

        var response = await ToolAsync("keyword_extractor", new { text });

        response.Items("result.keywords").Select(k => k.GetString()).Should().Equal(expected,
            "ties are ordered alphabetically; target answered {0}", response.Describe());
    }

    [Test]
    [Catches("cost-rate-wrong")]
    [Verifies("AGENT-TOOLS-8")]
    public async Task CostEstimator_NetraLarge_PricedAtItsRate()
    {
        var expected = ContractCalculator.EstimateCost(2500, "netra-large");

        var response = await ToolAsync("cost_estimator", new { estimated_tokens = 2500, model = "netra-large" });

        response.Json.Number("result.cost_usd").Should().BeApproximately(expected.CostUsd, 1e-9,
            "netra-large costs 0.0100 per 1000 tokens; target answered {0}", response.Describe());
    }

    [Test]
    [Catches("summary-too-long")]
    [Verifies("AGENT-SUMMARY-2", "AGENT-SUMMARY-1")]
    public async Task Summary_OfARequestLongerThan80_QuotesExactly80()
    {
        var request = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i:00}"));

        var response = await ExecuteAsync(ContractAgents.Triage, request);

        var summary = response.Str("response.summary");
        summary.Should().Contain(ContractCalculator.SummaryQuote(request),
            "the summary quotes the first 80 characters; target answered {0}", response.Describe());
        summary.Should().NotContain(ContractCalculator.SummaryOverQuote(request), "and no more; target answered {0}", response.Describe());
    }

    [Test]
    [Catches("triage-substring-match")]
    [Verifies("AGENT-TRIAGE-3", "AGENT-TRIAGE-4")]
    public async Task Triage_ATermOnlyInsideAWord_IsNoMention()
    {
        const string request = "Please refresh the metadata of my accost profile";

        var response = await ExecuteAsync(ContractAgents.Triage, request);

        response.Str("response.category").Should().Be(ContractCalculator.Categorize(request),
            "a word must start with a term to mention it; target answered {0}", response.Describe());
    }

    [Test]
    [Catches("execution-time-in-ms")]
    [Verifies("REST-EXECUTE-3", "REST-EXECUTE-4", "HTTP-TIME-3")]
    public async Task Execute_ExecutionTime_SecondsWithinTheObservedWallTime()
    {
        var user = await NewUserAsync("exectime");
        var clock = Stopwatch.StartNew();
        var response = await Api(user).ExecuteAgentAsync(ContractAgents.Triage, "hello", Cancellation);
        var wall = clock.Elapsed;

        response.Should().HaveStatus(200);
        response.Json.Number("execution_time").Should().BeInRange(0, wall.TotalSeconds + 0.05,
            "execution_time is in seconds, within the {0:0.000} s the client observed; target answered {1}", wall.TotalSeconds,
                response.Describe());
    }
}
