using System.Text.Json.Nodes;
using System.Text.Json;
using FluentAssertions.Execution;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Oracle;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class AgentRunAssertionsTests
{
    private const string Request = "Which queries in our data warehouse cost the most?";

    [Test]
    public void BeAValidRun_ContractRun_Passes()
    {
        var run = SyntheticRun.For("data", Request);

        run.Transcript().Should().BeAValidRun(run.Expectations);
    }

    [Test]
    public void BeAValidRun_BrokenRun_NamesRulesAndShowsTranscriptWithBraces()
    {
        var run = SyntheticRun.For("data", Request);
        run.Events.Add((JsonObject)run.Event("agent_completed").DeepClone());
        var transcript = run.Transcript();

        var act = () => transcript.Should().BeAValidRun(run.Expectations, "test {0} checks delivery", "025");

        var message = act.Should().Throw<AssertionException>().Which.Message;
        message.Should().StartWith("Expected transcript to be a valid run because test 025 checks delivery, but it broke single-terminal:");
        message.Should()
            .Contain("[single-terminal] 2 terminal events arrived, exactly one is allowed: #10 agent_completed (seq 9), #11 " +
                "agent_completed (seq 10)");
        message.Should().Contain("Transcript: run run-1 on thread thread-1: 10 event(s) selected by message_id \"msg-1\"");
        message.Should().Contain("{\"status\":\"started\",\"message\":\"data agent started\"");
    }

    [Test]
    public void HaveCompletedWith_CannedResult_FailsWithComputedDifference()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Event("agent_completed")["payload"]!["result"]!["category"] = "general";
        var transcript = run.Transcript();

        var act = () => transcript.Should().HaveCompletedWith("triage", Request);

        act.Should().Throw<AssertionException>().WithMessage(
            "*to have completed as agent triage on its request*computed-result*result.category: expected \"optimization\" (computed from " +
                "the request), target sent \"general\"*");
    }

    [Test]
    public void HaveCompletedWith_IgnoresOwnershipButNotTheTools()
    {
        var run = SyntheticRun.For("optimization", Request);

        run.Transcript().Should().HaveCompletedWith("optimization", Request);
        var act = () => run.Transcript().Should().HaveCompletedWith("data", Request);

        act.Should().Throw<AssertionException>().WithMessage("*expected-tools*");
    }

    [Test]
    public void ContainInOrder_Subsequence_Passes()
    {
        SyntheticRun.For("data", Request).Transcript().Should()
            .ContainInOrder("agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed");
    }

    [Test]
    public void ContainInOrder_MissingEvent_SaysWhichAndAfterWhat()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Drop("tool_completed");
        var transcript = run.Transcript();

        var act = () => transcript.Should().ContainInOrder("agent_started", "tool_executing", "tool_completed", "agent_completed");

        act.Should().Throw<AssertionException>().WithMessage(
            "Expected transcript to contain the events agent_started, tool_executing, tool_completed, agent_completed in that order, " +
            "but tool_completed did not arrive after #3 tool_executing (seq 3, token_counter, call call-1).*");
    }

    [Test]
    public void SatisfyRules_OnlyTheNamedRules_AreChecked()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Drop("agent_thinking");

        run.Transcript().Should().SatisfyRules(run.Expectations, [RunRuleIds.ConsecutiveSequence, RunRuleIds.TimestampsNonDecreasing]);
    }

    [Test]
    public void NullTranscript_FailsWithoutThrowingSomethingElse()
    {
        AgentRunTranscript? transcript = null;

        var act = () => transcript!.Should().BeAValidRun(new AgentRunExpectations("u"));

        act.Should().Throw<AssertionException>().WithMessage("*to be a transcript, but found <null>*");
    }

    [Test]
    public void MatchContractFor_ExecuteResponse_PassesOrNamesTheField()
    {
        // "cost report": 11 characters, 2 words, ceil(11 / 4) = 3 tokens; keywords cost, report (×1, alphabetical).
        var response = JsonDocument.Parse("""
            {"summary":"Analysed: cost report","tool_results":{
              "token_counter":{"characters":11,"words":2,"estimated_tokens":3},
              "keyword_extractor":{"keywords":["cost","report"]}}}
            """).RootElement;

        response.Should().MatchContractFor("data", "cost report");
        var act = () => response.Should().MatchContractFor("data", "cost reports");

        act.Should().Throw<AssertionException>().WithMessage(
            "*tool_results.token_counter.characters: expected 12 (computed from the request), target sent 11*Result: {\"summary\"*");
    }

    [Test]
    public void MatchToolResult_ToolsExecuteAnswer_IsChecked()
    {
        // cost_estimator(3000, netra-large) = 3000 / 1000 × 0.0100 = 0.03.
        var result = JsonDocument.Parse("""{"model":"netra-large","cost_usd":0.03}""").RootElement;

        result.Should().MatchToolResult(ExpectedToolCall.CostEstimator(3000, "netra-large"));
    }

    [Test]
    public void Failures_InAssertionScope_AreCollectedTogether()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Drop("agent_started");
        var transcript = run.Transcript();

        var act = () =>
        {
            using var scope = new AssertionScope();
            transcript.Should().BeAValidRun(run.Expectations);
            transcript.Should().ContainInOrder("agent_started");
        };

        act.Should().Throw<AssertionException>().WithMessage("*starts-with-agent_started*agent_started did not arrive at all*");
    }
}
