using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class ToolExecutionTests : E2ETest
{
    private const string Text = "Latency  budgets matter: latency spikes cost money, and cost reviews\tneed latency data per region.";

    [Test]
    [Legacy("010")]
    [Verifies("REST-TOOLS-1", "REST-TOOLS-2")]
    public async Task Tools_List_DescribesTheThreeContractTools()
    {
        var user = await NewUserAsync();

        var response = await Api(user).ListToolsAsync(Cancellation);

        response.Should().HaveStatus(200);
        var tools = response.Items("tools");
        var names = tools.Select(t => t.Str("name")).ToList();
        names.Should().Contain(ContractAgents.Tools, "GET /api/tools must list the contract's tools; it answered {0}", response.Describe());
        foreach (var tool in tools.Where(t => ContractAgents.Tools.Contains(t.Str("name"))))
        {
            tool.Str("description").Should().NotBeNullOrWhiteSpace("every tool needs a description; entry was {0}", tool.GetRawText());
            tool.Get("parameters").Should().NotBeNull("every tool needs its parameters described; entry was {0}", tool.GetRawText());
        }
    }

    [TestCase(ContractAgents.TokenCounter)]
    [TestCase(ContractAgents.KeywordExtractor)]
    [TestCase(ContractAgents.CostEstimator)]
    [Legacy("010")]
    [Catches("canned-agent")]
    [Verifies("REST-TOOLS-3", "AGENT-TOOLS-1", "AGENT-TOOLS-2", "AGENT-TOOLS-3", "AGENT-TOOLS-4", "AGENT-TOOLS-5", "AGENT-TOOLS-6",
        "AGENT-TOOLS-7", "AGENT-TOOLS-8")]
    public async Task ToolsExecute_EachTool_ReturnsTheComputedResult(string toolName)
    {
        var user = await NewUserAsync();
        var (parameters, expected) = toolName switch
        {
            ContractAgents.TokenCounter => ((object)new { text = Text }, ExpectedToolCall.TokenCounter(Text)),
            ContractAgents.KeywordExtractor => (new { text = Text, top = 3 }, ExpectedToolCall.KeywordExtractor(Text, 3)),
            _ => (new { estimated_tokens = 2500, model = "netra-large" }, ExpectedToolCall.CostEstimator(2500, "netra-large")),
        };

        var response = await Api(user).ExecuteToolAsync(toolName, parameters, Cancellation);

        response.Should().HaveStatus(200).And.HaveJsonString("tool_name", toolName);
        response.Should().HaveJsonNumber("execution_time_ms");
        response.Require("result").Should().MatchToolResult(expected, "POST {0} answered it (request id {1})", response.Path,
            response.RequestId ?? "none");
    }

    [Test]
    [Legacy("010")]
    [Verifies("REST-TOOLS-4", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task ToolsExecute_UnknownTool_Is404()
    {
        var user = await NewUserAsync();

        var response = await Api(user).ExecuteToolAsync("crystal_ball", new { text = Text }, Cancellation);

        response.Should().BeContractError(404);
    }

    [TestCase(ContractAgents.CostEstimator, """{"estimated_tokens": 100, "model": "netra-imaginary"}""")]
    [TestCase(ContractAgents.TokenCounter, """{}""")]
    [TestCase(ContractAgents.KeywordExtractor, """{"text": "some words here", "top": "many"}""")]
    [Legacy("010")]
    [Verifies("REST-TOOLS-5", "AGENT-TOOLS-9", "HTTP-STATUS-3", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task ToolsExecute_BadParameters_Is422(string toolName, string parametersJson)
    {
        var user = await NewUserAsync();
        var response = await Api(user).ExecuteToolAsync(toolName, parametersJson, Cancellation);

        response.Should().BeContractError(422);
    }
}
