using System.Text.Json.Nodes;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Oracle;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class AgentRunValidatorTests
{
    private const string Request = "How can I reduce the monthly cost of our data pipeline queries?";

    private static IEnumerable<string> RuleIdsOf(IReadOnlyList<RuleViolation> violations) => violations.Select(v => v.RuleId).Distinct();

    private static string Explain(SyntheticRun run, IReadOnlyList<RuleViolation> violations, bool renumber = true, bool restamp = true) =>
        string.Join(Environment.NewLine, violations) + Environment.NewLine + run.Transcript(renumber, restamp);

    [TestCase("triage")]
    [TestCase("data")]
    [TestCase("optimization")]
    public void Validate_ContractRun_HasNoViolation(string agentType)
    {
        var run = SyntheticRun.For(agentType, Request);

        var violations = run.Validate();

        violations.Should().BeEmpty(Explain(run, violations));
    }

    [Test]
    public void Validate_RunWithoutMessageId_HasNoViolation()
    {
        var run = SyntheticRun.For("data", Request, messageId: null);

        var violations = run.Validate();

        violations.Should().BeEmpty(Explain(run, violations));
    }

    [TestCase("agent_started", new[] { RunRuleIds.StartsWithAgentStarted })]
    [TestCase("agent_thinking", new[] { RunRuleIds.ThinkingBeforeFirstTool })]
    [TestCase("tool_executing", new[] { RunRuleIds.ToolPairing, RunRuleIds.ExpectedTools })]
    [TestCase("tool_completed", new[] { RunRuleIds.ToolPairing })]
    [TestCase("agent_completed", new[] { RunRuleIds.SingleTerminal })]
    public void Validate_EventTypeDropped_ReportsItsRule(string dropped, string[] expectedRules)
    {
        var run = SyntheticRun.For("optimization", Request);
        run.Drop(dropped);

        var violations = run.Validate();

        RuleIdsOf(violations).Should().BeEquivalentTo(expectedRules, Explain(run, violations));
    }

    [Test]
    public void Validate_ToolCompletedBeforeItsExecuting_ReportsToolPairingOnly()
    {
        var run = SyntheticRun.For("data", Request);
        var executing = run.IndexOf("tool_executing", 1);
        (run.Events[executing], run.Events[executing + 1]) = (run.Events[executing + 1], run.Events[executing]);

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ToolPairing], Explain(run, violations));
        violations.Single().Message.Should().Contain("tool_completed").And.Contain("call-2")
            .And.Contain("arrives before its tool_executing");
    }

    [Test]
    public void Validate_TerminalSentTwice_ReportsSingleTerminalOnly()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Events.Add((JsonObject)run.Event("agent_completed").DeepClone());

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.SingleTerminal], Explain(run, violations));
        violations.Single().Message.Should().StartWith("2 terminal events arrived");
    }

    [Test]
    public void Validate_SameTerminalFrameSentTwice_ReportsSingleTerminalAndRepeatedSequence()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Events.Add((JsonObject)run.Event("agent_completed").DeepClone());

        var violations = run.Validate(renumber: false, restamp: false);

        RuleIdsOf(violations).Should().BeEquivalentTo([RunRuleIds.SingleTerminal, RunRuleIds.ConsecutiveSequence], Explain(run, violations,
            false, false));
    }

    [Test]
    public void Validate_ForeignUserIdSplicedIn_ReportsOwnerIds()
    {
        var run = SyntheticRun.For("data", Request);
        var thinking = (JsonObject)run.Event("agent_thinking").DeepClone();
        thinking["user_id"] = "user-b";
        run.Events.Insert(run.IndexOf("agent_thinking") + 1, thinking);

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.OwnerIds], Explain(run, violations));
        violations.Single().Message.Should().Contain("user_id user-b").And.Contain("belongs to user-a");
    }

    [Test]
    public void Validate_SequenceGap_ReportsConsecutiveSequenceOnly()
    {
        var run = SyntheticRun.For("triage", Request);
        foreach (var e in run.Events.Skip(3))
        {
            e["sequence"] = (int)e["sequence"]! + 1;
        }

        var violations = run.Validate(renumber: false);

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ConsecutiveSequence], Explain(run, violations, false));
        violations.Single().Message.Should().Contain("jumps from 3").And.Contain("to 5").And.Contain("4 missing");
    }

    // Sequences 1 2 3 2 1 4 ... by position: the fourth event repeats 2 (first seen at the second), the fifth repeats 1 (the
    // first); with 5 6 ... after them nothing else is wrong. Then 1 3 2 ...: a jump to 3, and 2 goes back from it.
    [Test]
    public void Validate_SequenceRepeatsOrGoesBack_NamesTheFirstEventOfIt()
    {
        var run = SyntheticRun.For("data", Request);
        int[] repeated = [1, 2, 3, 2, 1];
        for (var i = 0; i < run.Events.Count; i++)
        {
            run.Events[i]["sequence"] = i < repeated.Length ? repeated[i] : i - 1;
        }

        var at = run.Transcript(renumber: false).Events.Select(e => e.Index).ToList(); // frame index of each event
        var repeats = run.Validate(renumber: false).Where(v => v.RuleId == RunRuleIds.ConsecutiveSequence).ToList();

        repeats.Select(v => v.EventIndex).Should().Equal(at[3], at[4]);
        repeats[0].Message.Should().Contain($"sequence 2 repeats at #{at[3]}").And.Contain($"first seen at #{at[1]}");
        repeats[1].Message.Should().Contain($"sequence 1 repeats at #{at[4]}").And.Contain($"first seen at #{at[0]}");

        int[] back = [1, 3, 2];
        for (var i = 0; i < run.Events.Count; i++)
        {
            run.Events[i]["sequence"] = i < back.Length ? back[i] : i + 1;
        }

        var backwards = run.Validate(renumber: false).Where(v => v.RuleId == RunRuleIds.ConsecutiveSequence).ToList();

        backwards.Select(v => v.EventIndex).Should().Equal(at[1], at[2]);
        backwards[0].Message.Should().Contain("jumps from 1").And.Contain("to 3");
        backwards[1].Message.Should().Contain($"goes back from 3 at #{at[1]}").And.Contain($"to 2 at #{at[2]}");
    }

    [Test]
    public void Validate_SequenceNotStartingAtOne_ReportsConsecutiveSequence()
    {
        var run = SyntheticRun.For("triage", Request);
        foreach (var e in run.Events)
        {
            e["sequence"] = (int)e["sequence"]! + 1;
        }

        var violations = run.Validate(renumber: false);

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ConsecutiveSequence], Explain(run, violations, false));
        violations.Single().Message.Should().Contain("first sequence is 2");
    }

    [Test]
    public void Validate_ProgressDecreasing_ReportsProgressRuleOnly()
    {
        var run = SyntheticRun.For("data", Request);
        run.Event("agent_thinking", 2)["payload"]!["progress_percentage"] = 5;

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ProgressNotDecreasing], Explain(run, violations));
        violations.Single().Message.Should().Contain("drops from 50").And.Contain("to 5");
    }

    [Test]
    public void Validate_ProgressAbove100_ReportsProgressRule()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Event("agent_thinking", 1)["payload"]!["progress_percentage"] = 120;

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ProgressNotDecreasing], Explain(run, violations));
        violations.Single().Message.Should().Contain("outside 0–100");
    }

    [Test]
    public void Validate_TimestampGoingBackwards_ReportsTimestampRuleOnly()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Event("tool_completed")["timestamp"] = SyntheticRun.Stamp(0);

        var violations = run.Validate(restamp: false);

        RuleIdsOf(violations).Should().Equal([RunRuleIds.TimestampsNonDecreasing], Explain(run, violations, restamp: false));
    }

    [Test]
    public void Validate_MessageIdNotEchoedBySomeEvents_ReportsMessageIdEchoOnly()
    {
        var run = SyntheticRun.For("data", Request);
        run.Event("tool_executing").Remove("message_id");
        run.Event("agent_completed").Remove("message_id");

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.MessageIdEcho], Explain(run, violations));
        violations.Single().Message.Should().StartWith("2 of 9 events lack the message_id echo");
    }

    [Test]
    public void Validate_MessageIdNeverEchoed_ReportsNoEventsAndTheMissingEcho()
    {
        var run = SyntheticRun.For("triage", Request);
        run.Events.ForEach(e => e.Remove("message_id"));

        var violations = run.Validate();

        RuleIdsOf(violations).Should().BeEquivalentTo([RunRuleIds.EventsPresent, RunRuleIds.MessageIdEcho], Explain(run, violations));
    }

    [Test]
    public void Validate_CannedResult_ReportsComputedResultOnly()
    {
        var run = SyntheticRun.For("data", Request);
        var canned = SyntheticRun.For("data", "Hello world, this is a template answer");
        foreach (var type in new[] { "tool_completed", "agent_completed" })
        {
            for (var i = 0; i < run.Events.Count(e => (string?)e["type"] == type); i++)
            {
                run.Event(type, i)["payload"]!["result"] = canned.Event(type, i)["payload"]!["result"]!.DeepClone();
            }
        }

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ComputedResult], Explain(run, violations));
        violations.Select(v => v.Message).Should().Contain(m =>
            m.Contains("tool_results.token_counter.words: expected 12 (computed from the request), target sent 7",
                StringComparison.Ordinal));
    }

    [TestCase("Show monthly revenue")]
    [TestCase(42)]
    public void Validate_RequestEchoedWrongly_ReportsComputedResultOnly(object echo)
    {
        var run = SyntheticRun.For("data", Request);
        run.Event("agent_started")["payload"]!["user_request"] = JsonValue.Create(echo);

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ComputedResult], Explain(run, violations));
        violations.Single().Message.Should().Contain("agent_started").And.Contain("user_request");
    }

    [Test]
    public void Validate_AgentErrorWhereCompletionExpected_ReportsExpectedEndingWithTheError()
    {
        var run = SyntheticRun.For("triage", Request);
        var terminal = run.Event("agent_completed");
        terminal["type"] = "agent_error";
        terminal["payload"] = new JsonObject { ["status"] = "error", ["error_code"] = "INTERNAL", ["error_message"] = "tool crashed" };

        var violations = run.Validate();

        RuleIdsOf(violations).Should().Equal([RunRuleIds.ExpectedEnding], Explain(run, violations));
        violations.Single().Message.Should().Contain("INTERNAL: tool crashed");
    }

    [Test]
    public void Validate_CancelledRunExpectedAsError_HasNoViolation()
    {
        var run = SyntheticRun.For("optimization", Request);
        run.Events.RemoveRange(run.IndexOf("tool_executing", 1), 3);
        var terminal = run.Event("agent_completed");
        terminal["type"] = "agent_error";
        terminal["payload"] = new JsonObject { ["status"] = "error", ["error_code"] = "CANCELLED",
            ["error_message"] = "cancelled by user" };
        var expectations = run.Expectations with { AgentType = null, Request = null, Ending = RunEnding.Error, ErrorCode = "CANCELLED" };

        var violations = AgentRunValidator.Validate(run.Transcript(), expectations);

        violations.Should().BeEmpty(Explain(run, violations));
    }

    [Test]
    public void Validate_ToolCompletedAfterTerminal_ReportsPairingAndTerminalLast()
    {
        var run = SyntheticRun.For("triage", Request);
        var completed = run.Event("tool_completed");
        run.Events.Remove(completed);
        run.Events.Add(completed);

        var violations = run.Validate();

        RuleIdsOf(violations).Should().BeEquivalentTo([RunRuleIds.ToolPairing, RunRuleIds.TerminalLast], Explain(run, violations));
    }
}
