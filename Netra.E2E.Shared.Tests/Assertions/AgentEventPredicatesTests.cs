using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class AgentEventPredicatesTests
{
    private static ReceivedFrame Frame(string json) => ReceivedFrame.Parse(0, SyntheticRun.Start, json);

    [TestCase("""{"type":"agent_thinking"}""", true)]
    [TestCase("""{"event":"tool_completed"}""", true)]
    [TestCase("""{"type":"agent_update","run_id":"r"}""", true)]
    [TestCase("""{"type":"agent_update"}""", false)]
    [TestCase("""{"type":"system_message","run_id":"r"}""", false)]
    [TestCase("""{"type":"pong","run_id":"r"}""", false)]
    [TestCase("""{"event":"stream_end","run_id":"r"}""", false)]
    [TestCase("""[1,2]""", false)]
    [TestCase("agent_started", false)]
    public void IsAgentEvent_Frame_ClassifiesIt(string text, bool expected)
    {
        AgentEventPredicates.IsAgentEvent(Frame(text)).Should().Be(expected);
    }

    [Test]
    public void IsTerminalFor_MatchesOnlyTheTerminalEchoingTheMessageId()
    {
        var predicate = AgentEventPredicates.IsTerminalFor("m1");

        predicate(Frame("""{"type":"agent_completed","message_id":"m1"}""")).Should().BeTrue();
        predicate(Frame("""{"event":"agent_error","message_id":"m1"}""")).Should().BeTrue();
        predicate(Frame("""{"type":"agent_completed","message_id":"m2"}""")).Should().BeFalse();
        predicate(Frame("""{"type":"tool_completed","message_id":"m1"}""")).Should().BeFalse();
    }

    [Test]
    public void IsTerminalOfRun_MatchesTheRunsTerminal()
    {
        var predicate = AgentEventPredicates.IsTerminalOfRun("r1");

        predicate(Frame("""{"type":"agent_completed","run_id":"r1"}""")).Should().BeTrue();
        predicate(Frame("""{"type":"agent_completed","data":{"run_id":"r1"}}""")).Should().BeTrue();
        predicate(Frame("""{"type":"agent_started","run_id":"r1"}""")).Should().BeFalse();
    }

    [Test]
    public void IsEventOf_MatchesTypeAndCorrelation()
    {
        AgentEventPredicates.IsEventOf("agent_thinking", "m1")(Frame("""{"type":"agent_thinking","message_id":"m1"}""")).Should().BeTrue();
        AgentEventPredicates.IsEventOf("agent_thinking", "m1")(Frame("""{"type":"agent_started","message_id":"m1"}""")).Should().BeFalse();
        AgentEventPredicates.IsEventOfRun("tool_executing", "r1")(Frame("""{"event":"tool_executing","run_id":"r1"}""")).Should().BeTrue();
    }

    [Test]
    public void IsForeignTo_MatchesAgentEventsOfAnotherUser()
    {
        var foreign = AgentEventPredicates.IsForeignTo("user-a");

        foreign(Frame("""{"type":"agent_started","user_id":"user-b"}""")).Should().BeTrue();
        foreign(Frame("""{"type":"agent_started","user_id":"user-a"}""")).Should().BeFalse();
        foreign(Frame("""{"type":"system_message","data":{"user_id":"user-b"}}""")).Should().BeFalse();
    }

    [Test]
    public void IsStreamEnd_MatchesTheSseEndMarker()
    {
        AgentEventPredicates.IsStreamEnd(Frame("""{"event":"stream_end"}""")).Should().BeTrue();
        AgentEventPredicates.IsStreamEnd(Frame("""{"event":"agent_completed"}""")).Should().BeFalse();
    }
}
