using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Oracle;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class AgentRunValidatorShapeTests
{
    private const string Request = "Summarize the quarterly report for the sales dataset";

    private static IEnumerable<string> RuleIdsOf(IReadOnlyList<RuleViolation> violations) => violations.Select(v => v.RuleId).Distinct();

    private static string Explain(IReadOnlyList<RuleViolation> violations, AgentRunTranscript transcript) =>
        string.Join(Environment.NewLine, violations) + Environment.NewLine + transcript;

    [TestCase("triage")]
    [TestCase("data")]
    [TestCase("optimization")]
    public void Validate_SseStreamOfContractRun_HasNoViolation(string agentType)
    {
        var run = SyntheticRun.For(agentType, Request, messageId: null);
        var transcript = AgentRunTranscript.ForStream(run.Frames(sse: true));

        var violations = AgentRunValidator.Validate(transcript, run.Expectations);

        violations.Should().BeEmpty(Explain(violations, transcript));
        transcript.EventTypes.Should().NotContain(AgentEventTypes.StreamEnd);
    }

    [Test]
    public void Validate_SseStreamMissingToolExecuting_ReportsSameRulesAsWebSocket()
    {
        var run = SyntheticRun.For("data", Request, messageId: null);
        run.Drop("tool_executing");

        var sse = AgentRunValidator.Validate(AgentRunTranscript.ForStream(run.Frames(sse: true)), run.Expectations);
        var ws = AgentRunValidator.Validate(AgentRunTranscript.ForRunId(run.Frames(), SyntheticRun.RunId), run.Expectations);

        RuleIdsOf(sse).Should().BeEquivalentTo([RunRuleIds.ToolPairing, RunRuleIds.ExpectedTools]);
        static string WithoutFrameIndex(RuleViolation v) => Regex.Replace(v.Message, "#[0-9]+ ", "#_ ");
        sse.Select(WithoutFrameIndex).Should().Equal(ws.Select(WithoutFrameIndex));
    }

    [Test]
    public void Validate_ForeignUsersRunOnTheSameConnection_ReportsOwnerIds()
    {
        var mine = SyntheticRun.For("triage", Request);
        var theirs = SyntheticRun.For("data", "another user's request", messageId: "msg-9", owner: "user-b", runId: "run-9",
            threadId: "thread-9");
        var transcript = AgentRunTranscript.ForMessageId(SyntheticRun.Interleave(mine.Frames(), theirs.Frames()), SyntheticRun.MessageId);

        var violations = AgentRunValidator.Validate(transcript, mine.Expectations);

        RuleIdsOf(violations).Should().Equal([RunRuleIds.OwnerIds], Explain(violations, transcript));
        violations.Single().Message.Should().StartWith("9 event(s) of user user-b (run run-9) reached user-a's connection");
    }

    [Test]
    public void Validate_OwnersOtherRunOnTheSameConnection_IsNotAViolation()
    {
        var first = SyntheticRun.For("triage", Request);
        var second = SyntheticRun.For("data", Request, messageId: "msg-2", runId: "run-2", threadId: "thread-2");
        var frames = SyntheticRun.Interleave(first.Frames(), second.Frames());

        var violations = AgentRunValidator.Validate(AgentRunTranscript.ForMessageId(frames, "msg-2"), second.Expectations);

        violations.Should().BeEmpty();
    }

    [Test]
    public void Validate_RunIdChangingMidRun_ReportsOwnerIds()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Event("tool_completed")["run_id"] = "run-other";

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.OwnerIds]);
        violations.Single().Message.Should().Contain("carries run_id run-other, but the run is run-1");
    }

    [Test]
    public void Validate_ThreadOtherThanTheOneTheRunWasStartedOn_ReportsOwnerIds()
    {
        var run = SyntheticRun.For("triage", Request);

        var violations = AgentRunValidator.Validate(run.Transcript(), run.Expectations with { ThreadId = "thread-asked" });

        RuleIdsOf(violations).Should().Equal([RunRuleIds.OwnerIds]);
        violations.Should().HaveCount(run.Events.Count);
    }

    [Test]
    public void Validate_EnvelopeFieldsMissingOrMisplaced_ReportsEnvelopeFieldsOnly()
    {
        var run = SyntheticRun.For("triage", Request);
        var thinking = run.Event("agent_thinking");
        thinking.Remove("agent_name");
        thinking["payload"]!["run_id"] = thinking["run_id"]!.DeepClone();
        thinking.Remove("run_id");

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.EnvelopeFields], string.Join(Environment.NewLine, violations));
        violations.Single().Message.Should().Contain("run_id not at the top level (found under payload)").And.Contain("no agent_name");
    }

    [TestCase("agent_started", "2025-09-01T12:00:00", "neither ISO-8601 with an offset")]
    [TestCase("agent_started", "1 Sep 2025 12:00", "neither ISO-8601 with an offset")]
    [TestCase("agent_completed", "2025-09-01T12:10:00Z", "minutes ahead of the client's clock")]
    [TestCase("agent_started", "2025-09-01T11:50:00Z", "minutes behind the client's clock")]
    public void Validate_TimestampWithoutOffsetOrFarFromTheClock_ReportsEnvelopeFields(string type, string timestamp, string expected)
    {
        var run = SyntheticRun.For("triage", Request);
        run.Event(type)["timestamp"] = timestamp;

        var violations = run.Validate(restamp: false);

        RuleIdsOf(violations).Should().Equal([RunRuleIds.EnvelopeFields]);
        violations.Single().Message.Should().Contain(expected);
    }

    [Test]
    public void Validate_EpochSecondTimestamps_AreValidAndReadForOrder()
    {
        var run = SyntheticRun.For("triage", Request);
        for (var i = 0; i < run.Events.Count; i++)
        {
            run.Events[i]["timestamp"] = 1_756_728_000.0 + (i * 0.001);
        }

        run.Validate(restamp: false).Should().BeEmpty("contract 2 lets frames spell times as fractional epoch seconds");
        (run.Events[1]["timestamp"] = 1_756_727_999.5).Should().NotBeNull();
        RuleIdsOf(run.Validate(restamp: false)).Should().Equal([RunRuleIds.TimestampsNonDecreasing]);
    }

    [Test]
    public void Validate_PayloadFieldMissing_ReportsPayloadFieldsOnly()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Event("tool_completed")["payload"]!.AsObject().Remove("execution_time_ms");
        run.Event("agent_started")["payload"]!["status"] = "running";

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.PayloadFields]);
        violations.Select(v => v.Message).Should().BeEquivalentTo(
            "#1 agent_started (seq 1) payload lacks or mis-states: status is \"running\", expected \"started\"",
            "#5 tool_completed (seq 4, token_counter, call call-1) payload lacks or mis-states: execution_time_ms");
    }

    [Test]
    public void Validate_UnknownEventType_ReportsKnownEventTypesUnlessAllowed()
    {
        var run = SyntheticRun.For("triage", Request);
        var update = (JsonObject)run.Event("agent_thinking").DeepClone();
        update["type"] = "agent_update";
        run.Events.Insert(2, update);

        var strict = run.Validate();
        var tolerant = AgentRunValidator.Validate(run.Transcript(), run.Expectations with { AllowUnknownEventTypes = true });

        RuleIdsOf(strict).Should().Equal([RunRuleIds.KnownEventTypes]);
        tolerant.Should().BeEmpty();
    }

    [Test]
    public void Validate_WrongToolForAgentType_ReportsExpectedTools()
    {
        var run = SyntheticRun.For("optimization", Request);

        var violations = AgentRunValidator.Validate(run.Transcript(), run.Expectations with { AgentType = "data", Request = null });

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ExpectedTools]);
        violations.Single().Message.Should().Be(
            "tool_executing events name [token_counter, cost_estimator], but agent data runs [token_counter, keyword_extractor] in that " +
                "order");
    }

    [Test]
    public void Validate_RunInProgressWhenNoEndingRequired_HasNoViolation()
    {
        var run = SyntheticRun.For("data", Request);
        run.Events.RemoveRange(run.IndexOf("tool_completed", 1), run.Events.Count - run.IndexOf("tool_completed", 1));

        var inProgress = AgentRunValidator.Validate(run.Transcript(), run.Expectations with { Ending = RunEnding.NotRequired });
        var finished = run.Validate();

        inProgress.Should().BeEmpty(string.Join(Environment.NewLine, inProgress));
        RuleIdsOf(finished).Should().BeEquivalentTo([RunRuleIds.SingleTerminal, RunRuleIds.ToolPairing]);
    }

    [Test]
    public void Validate_NoEventAtAll_ReportsEventsPresentOnly()
    {
        var transcript = AgentRunTranscript.ForMessageId([], "msg-1");

        var violations = AgentRunValidator.Validate(transcript, new AgentRunExpectations("user-a") { MessageId = "msg-1" });

        violations.Should().ContainSingle().Which.RuleId.Should().Be(RunRuleIds.EventsPresent);
    }

    [Test]
    public void Validate_SubsetOfRules_ChecksOnlyThose()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Drop("agent_started");
        run.Events.Add((JsonObject)run.Event("agent_completed").DeepClone());

        var violations = AgentRunValidator.Validate(run.Transcript(), run.Expectations, [RunRuleIds.SingleTerminal]);

        RuleIdsOf(violations).Should().Equal([RunRuleIds.SingleTerminal]);
    }

    [Test]
    public void Validate_UnknownRuleIdAgentTypeOrEmptyOwner_Throws()
    {
        var run = SyntheticRun.For("triage", Request);

        var unknownRule = () => AgentRunValidator.Validate(run.Transcript(), run.Expectations, ["no-such-rule"]);
        var unknownAgent = () => AgentRunValidator.Validate(run.Transcript(), run.Expectations with { AgentType = "sales" });
        var noOwner = () => AgentRunValidator.Validate(run.Transcript(), new AgentRunExpectations(" "));

        unknownRule.Should().Throw<ArgumentException>().WithMessage("*no-such-rule*");
        unknownAgent.Should().Throw<ArgumentException>().WithMessage("*sales*");
        noOwner.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Validate_HandWrittenContractRun_HasNoViolation()
    {
        // "Cut cloud spend" = 15 UTF-16 characters, 3 words, ceil(15 / 4) = 4 tokens; it mentions "spend", so triage
        // category is optimization.
        var texts = new List<string>
        {
            """{"type":"agent_started","run_id":"r","thread_id":"t","user_id":"u","agent_name":"triage","sequence":1""" +
                ""","timestamp":"2025-09-01T12:00:00Z","payload":""" +
                """{"status":"started","message":"started","user_request":"Cut cloud spend"}}""",
            """{"type":"agent_thinking","run_id":"r","thread_id":"t","user_id":"u","agent_name":"triage","sequence":2""" +
                ""","timestamp":"2025-09-01T12:00:00.010Z","payload":{"reasoning":"r","step_number":1,"progress_percentage":0}}""",
            """{"type":"tool_executing","run_id":"r","thread_id":"t","user_id":"u","agent_name":"triage","sequence":3""" +
                ""","timestamp":"2025-09-01T12:00:00.020Z","payload":{"tool_name":"token_counter","tool_call_id":"x","parameters":""" +
                """{"text":"Cut cloud spend"}}}""",
            """{"type":"tool_completed","run_id":"r","thread_id":"t","user_id":"u","agent_name":"triage","sequence":4""" +
                ""","timestamp":"2025-09-01T12:00:00.020Z","payload":{"tool_name":"token_counter","tool_call_id":"x","result":""" +
                """{"characters":15,"words":3,"estimated_tokens":4},"execution_time_ms":0}}""",
            """{"type":"agent_completed","run_id":"r","thread_id":"t","user_id":"u","agent_name":"triage","sequence":5""" +
                ""","timestamp":"2025-09-01T12:00:00.030Z","payload":{"status":"completed","result":""" +
                """{"summary":"Request: Cut cloud spend","category":"optimization","tool_results":{"token_counter":{"characters":15""" +
                ""","words":3,"estimated_tokens":4}}},"execution_time_ms":30}}""",
        };
        var frames = texts.Select((t, i) => Netra.E2E.Shared.Frames.ReceivedFrame.Parse(i, SyntheticRun.Start, t));
        var transcript = AgentRunTranscript.ForRunId(frames, "r");

        var violations = AgentRunValidator.Validate(transcript, new AgentRunExpectations("u") { AgentType = "triage",
            Request = "Cut cloud spend" });

        violations.Should().BeEmpty(Explain(violations, transcript));
    }
}
