using FluentAssertions.Execution;
using FluentAssertions;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>The envelope of contract 6 checked field by field on one data run each: sequence, timestamps, agent_name, progress.</summary>
[Critical]
[WritesData]
public sealed class EventEnvelopeTests : E2ETest
{

    /// <summary>A data run over the WebSocket (two tools, so several thinking steps), with the client's clock around it.</summary>
    private async Task<(AgentRunTranscript Run, DateTimeOffset Before, DateTimeOffset After, string Frames)> DataRunAsync(string hint)
    {
        var user = await NewUserAsync(hint);
        var socket = await ConnectWelcomedAsync(user);
        var messageId = "msg-" + Guid.NewGuid().ToString("N");
        var from = socket.Frames.Received.Count;
        var before = DateTimeOffset.UtcNow;
        await socket.SendJsonAsync(new
        {
            type = "start_agent",
            payload = new { agent_type = ContractAgents.Data, user_request = "Report on the query data of our sales report" },
            message_id = messageId,
        }, Cancellation);
        await socket.Frames.WaitForAsync(AgentEventPredicates.IsTerminalFor(messageId), "the end of the data run", from,
            Settings.RunTimeout,
            Cancellation);
        return (AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId), before, DateTimeOffset.UtcNow,
            socket.Frames.Describe());
    }

    [Test]
    [Catches("sequence-starts-at-zero")]
    [Verifies("AGENT-ENVELOPE-6")]
    public async Task RunEvents_Sequence_StartsAtOneAndStepsByOne()
    {
        var (run, _, _, frames) = await DataRunAsync("sequence");

        run.Events.Select(e => e.Sequence).Should().Equal(
            Enumerable.Range(1, run.Events.Count).Select(i => (int?)i), "sequence is 1, 2, 3, …; frames: {0}", frames);
    }

    [Test]
    [Catches("event-timestamps-far-future")]
    [Verifies("AGENT-ENVELOPE-7", "HTTP-TIME-1", "HTTP-TIME-2")]
    public async Task RunEvents_Timestamps_NearTheClientsClockAndNonDecreasing()
    {
        var (run, before, after, frames) = await DataRunAsync("clock");

        using (new AssertionScope())
        {
            DateTimeOffset? previous = null;
            foreach (var e in run.Events)
            {
                e.Timestamp.Should().NotBeNull("every event carries a timestamp of an allowed form; event {0}", e);
                e.Timestamp.Should().BeOnOrAfter(before - NetraTime.ClockTolerance, "near the client's clock; frames: {0}", frames)
                    .And.BeOnOrBefore(after + NetraTime.ClockTolerance, "near the client's clock; frames: {0}", frames);
                if (previous is { } earlier)
                {
                    e.Timestamp.Should().BeOnOrAfter(earlier, "timestamps never go back; frames: {0}", frames);
                }

                previous = e.Timestamp ?? previous;
            }
        }
    }

    [Test]
    [Catches("events-wrong-agent-name")]
    [Verifies("AGENT-ENVELOPE-8", "AGENT-ENVELOPE-1")]
    public async Task RunEvents_AgentName_IsTheRunsAgentType()
    {
        var (run, _, _, frames) = await DataRunAsync("agentname");

        run.Events.Should().NotBeEmpty();
        run.Events.Select(e => e.AgentName).Should().OnlyContain(n => n == ContractAgents.Data,
            "agent_name is the agent type; frames: {0}", frames);
    }

    [Test]
    [Catches("progress-decreasing")]
    [Verifies("AGENT-EVENTS-3", "AGENT-EVENTS-2")]
    public async Task RunEvents_ProgressPercentage_NeverDecreases()
    {
        var (run, _, _, frames) = await DataRunAsync("progress");

        var progress = run.OfType("agent_thinking").Select(e => e.ProgressPercentage).ToList();
        progress.Should().HaveCountGreaterThan(1, "a data run thinks before and after its tools; frames: {0}", frames);
        progress.Should().OnlyContain(p => p >= 0 && p <= 100, "progress is a percentage; frames: {0}", frames);
        progress.Should().BeInAscendingOrder("progress never decreases; frames: {0}", frames);
    }
}
