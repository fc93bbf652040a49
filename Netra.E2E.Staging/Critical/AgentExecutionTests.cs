using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class AgentExecutionTests : E2ETest
{
    private const string Execute = "/api/agents/execute";

    [TestCase(ContractAgents.Triage, "Where could we cut our monthly cloud spend without slowing the nightly jobs?")]
    [TestCase(ContractAgents.Data, "Build a report of churned accounts from last quarter's billing dataset, grouped by region and plan")]
    [TestCase(ContractAgents.Optimization, "Tune the ranking pipeline so it answers faster while keeping its accuracy")]
    [Legacy("007")]
    [Catches("canned-agent")]
    [Verifies("REST-EXECUTE-1", "REST-EXECUTE-2", "REST-EXECUTE-3", "REST-EXECUTE-4", "AGENT-TRIAGE-1", "AGENT-TRIAGE-2",
        "AGENT-TOOLS-1", "AGENT-TOOLS-2", "AGENT-TOOLS-3", "AGENT-TOOLS-4", "AGENT-TOOLS-5", "AGENT-TOOLS-6", "AGENT-TOOLS-7",
        "AGENT-TOOLS-8", "AGENT-TOOLS-10", "AGENT-DATA-1", "AGENT-OPT-1", "AGENT-SUMMARY-1", "AGENT-SUMMARY-2", "AGENT-EVENTS-7")]
    public async Task AgentsExecute_ForEachAgentType_ReturnsResultComputedFromRequest(string agentType, string message)
    {
        var user = await NewUserAsync();

        var response = await Api(user).ExecuteAgentAsync(agentType, message, Cancellation);

        ShouldBeRunResult(response, agentType, message);
    }

    [TestCase(ContractAgents.Triage, "Our analytics query on the events table times out; what should we check first?")]
    [TestCase(ContractAgents.Data, "Which customers opened the most support tickets, and which product areas do those tickets mention?")]
    [TestCase(ContractAgents.Optimization, "Estimate what it costs to summarise every support ticket we receive in a week")]
    [Legacy("007")]
    [Catches("canned-agent")]
    [Verifies("REST-TYPED-1", "REST-EXECUTE-2", "AGENT-TRIAGE-1", "AGENT-TRIAGE-3", "AGENT-TOOLS-1", "AGENT-TOOLS-2", "AGENT-TOOLS-3",
        "AGENT-TOOLS-4", "AGENT-TOOLS-5", "AGENT-TOOLS-6", "AGENT-TOOLS-7", "AGENT-TOOLS-8", "AGENT-TOOLS-10", "AGENT-DATA-1",
        "AGENT-OPT-1", "AGENT-SUMMARY-1", "AGENT-SUMMARY-2", "AGENT-EVENTS-7")]
    public async Task AgentsTypedEndpoint_ForEachAgentType_ReturnsResultComputedFromRequest(string agentType, string message)
    {
        var user = await NewUserAsync();

        var response = await Backend.PostJsonAsync("/api/agents/" + agentType, new { message }, user.AccessToken, Cancellation);

        ShouldBeRunResult(response, agentType, message);
    }

    [TestCase(Execute, "type")]
    [TestCase(Execute, "message")]
    [TestCase("/api/agents/triage", "message")]
    [Legacy("007")]
    [Verifies("REST-EXECUTE-5", "REST-TYPED-2", "HTTP-STATUS-3", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task AgentsExecute_WithMissingField_Is422WithErrorBody(string path, string missing)
    {
        var user = await NewUserAsync();
        var body = new Dictionary<string, string> { ["type"] = ContractAgents.Data, ["message"] = "Count the words in this request" };
        body.Remove(missing);

        var response = await Backend.PostJsonAsync(path, body, user.AccessToken, Cancellation);

        response.Should().BeContractError(422);
    }

    [Test]
    [Legacy("007")]
    [Verifies("REST-EXECUTE-6", "HTTP-STATUS-3", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task AgentsExecute_WithUnknownType_Is422WithErrorBody()
    {
        var user = await NewUserAsync();

        var response = await Api(user).ExecuteAgentAsync("astrology", "What do the stars say about our budget?", Cancellation);

        response.Should().BeContractError(422);
    }

    [TestCase(Execute)]
    [TestCase("/api/agents/optimization")]
    [Legacy("007")]
    [Verifies("REST-AUTH-1", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task AgentsExecute_WithoutToken_IsRefused(string path)
    {
        var response = await Backend.PostJsonAsync(path, RestBodies.Execute(ContractAgents.Triage, "Anyone there?"), Cancellation);

        response.Should().BeContractError(401, 403);
    }

    [Test]
    [Legacy("007")]
    [Catches("status-remap-500")]
    [Verifies("HTTP-STATUS-2", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task AgentsExecute_WithWrongMethod_Is405WithErrorBody()
    {
        var user = await NewUserAsync();

        var response = await Backend.GetAsync(Execute, user.AccessToken, Cancellation);

        response.Should().BeContractError(405);
    }

    private static void ShouldBeRunResult(ApiResponse response, string agentType, string message)
    {
        response.Should().HaveStatus(200).And.HaveJsonString("status", "success").And.HaveJsonString("agent", agentType);
        response.Str("run_id").Should().NotBeNullOrWhiteSpace("the run must have a run_id; target answered {0}", response.Describe());
        response.Should().HaveJsonNumber("execution_time");
        response.Require("response").Should().MatchContractFor(agentType, message, "POST {0} answered it (request id {1})", response.Path,
            response.RequestId ?? "none");
    }
}
