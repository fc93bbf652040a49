using FluentAssertions;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>Where a run's events go and what a run request may leave out (contracts 4, 5 and 6).</summary>
[Critical]
[WritesData]
public sealed class RunDeliveryTests : E2ETest
{
    private const int SlowThinkMs = 400;

    [Test]
    [Legacy("NEW")]
    [Verifies("REST-START-3", "AGENT-DELIVERY-1")]
    public async Task RestStart_AnswersWhileTheRunIsRunning_AndEveryConnectionOfTheUserGetsItsEvents()
    {
        var user = await NewUserAsync("reststart");
        var first = await ConnectWelcomedAsync(user);
        var second = await ConnectWelcomedAsync(user);

        var runId = await StartAgentOverRestAsync(user, "triage", "Count the tokens of this sentence", SlowThinkMs);
        var terminalsAtAnswer = new[] { first, second }.Select(s => AgentRunTranscript.ForRunId(s.Frames.Received, runId).Terminal)
            .ToList();
        var status = await AgentStatusOfAsync(user, runId);

        terminalsAtAnswer.Should().OnlyContain(t => t == null,
            "the answer to POST /api/agents/start does not wait for the run, yet its terminal event had already arrived: {0}",
            string.Join(" | ", terminalsAtAnswer));
        status.Status.Should().Be("running", "right after the answer the run goes on in the background; status said {0}", status.Text);

        var seenFirst = await WaitForRunEndAsync(first, runId);
        var seenSecond = await WaitForRunEndAsync(second, runId);
        foreach (var seen in new[] { seenFirst, seenSecond })
        {
            seen.Terminal!.Type.Should().Be("agent_completed", "the run completes on every connection; transcript was {0}", seen);
            seen.EventTypes.Should().Contain("agent_started",
                "every connection gets the run's events, not only its end; transcript was {0}", seen);
        }

        seenSecond.EventTypes.Should().Equal(seenFirst.EventTypes,
            "both connections of the user get the same events of the run; first saw {0}, second saw {1}", seenFirst, seenSecond);
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("AGENT-DELIVERY-1")]
    public async Task WebSocketRun_ItsEventsReachTheUsersOtherConnectionToo()
    {
        var user = await NewUserAsync("twoconn");
        var sender = await ConnectWelcomedAsync(user);
        var other = await ConnectWelcomedAsync(user);

        var run = await SendUserMessageAsync(sender, "Give me a report on the data");
        var sent = await run.WaitForEndAsync(Cancellation);
        sent.RunId.Should().NotBeNullOrEmpty("the run's events carry run_id; transcript was {0}", sent);

        var seen = await WaitForRunEndAsync(other, sent.RunId!);
        seen.EventTypes.Should().Equal(sent.EventTypes,
            "the connection that did not ask gets every event of its user's run; sender saw {0}, other saw {1}", sent, seen);
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("REST-STATUS-2")]
    public async Task AgentStatus_WithAgentId_HoldsOnlyThatRun()
    {
        var user = await NewUserAsync("statusfilter");
        var socket = await ConnectWelcomedAsync(user);
        var wanted = await StartAgentOverRestAsync(user, "triage", "first run");
        var otherRun = await StartAgentOverRestAsync(user, "triage", "second run");

        var all = await Api(user).AgentStatusAsync(null, Cancellation);
        all.Response.Should().HaveStatus(200);
        all.Require().Select(e => e.AgentId).Should().Contain([wanted, otherRun],
            "the unfiltered status lists both of the caller's runs; target answered {0}", all.Response.Describe());

        var one = await Api(user).AgentStatusAsync(wanted, Cancellation);
        one.Response.Should().HaveStatus(200);
        one.Require().Should()
            .ContainSingle("?agent_id= gives an array holding only that run; target answered {0}", one.Response.Describe())
            .Which.AgentId.Should().Be(wanted, "the one entry is the run asked for; target answered {0}", one.Response.Describe());

        await WaitForRunEndAsync(socket, wanted);
        await WaitForRunEndAsync(socket, otherRun);
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("AGENT-THREAD-4")]
    public async Task Run_WithoutThreadId_CreatesANewThreadOfTheUser_WhoseIdIsInEveryEvent()
    {
        var user = await NewUserAsync("newthread");
        var before = await Api(user).ListThreadsAsync("?limit=100", Cancellation);
        before.Response.Should().HaveStatus(200);
        var existing = before.Require().Select(t => t.Id).ToHashSet();

        var socket = await ConnectWelcomedAsync(user);
        var transcript = await (await StartAgentAsync(socket, "triage", "Which thread am I in?")).WaitForEndAsync(Cancellation);

        var threadIds = transcript.Events.Select(e => e.ThreadId).Distinct().ToList();
        threadIds.Should().ContainSingle("every event of the run carries the one new thread's id; transcript was {0}", transcript);
        var threadId = threadIds[0];
        threadId.Should().NotBeNullOrEmpty("every event carries thread_id; transcript was {0}", transcript);
        existing.Should().NotContain(threadId, "the run created a new thread rather than reusing one; transcript was {0}", transcript);

        var after = await Api(user).ListThreadsAsync("?limit=100", Cancellation);
        after.Response.Should().HaveStatus(200);
        after.Require().Select(t => t.Id).Should().Contain(threadId,
            "the new thread is the user's, listed in GET /api/threads; target answered {0}", after.Response.Describe());
        (await Api(user).GetThreadAsync(threadId!, Cancellation)).Response.Should().HaveStatus(200);
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("WS-MSG-5")]
    public async Task UserMessage_WithFieldsAtTheTopLevel_RunsOnTheGivenThread()
    {
        var user = await NewUserAsync("flatmessage");
        var threadId = await CreateThreadAsync(user, "flat frame");
        var socket = await ConnectWelcomedAsync(user);

        var run = await socket.SendFlatUserMessageAsync("Summarise the report data", new RunOptions { ThreadId = threadId },
            Settings.RunTimeout, Cancellation);
        var transcript = await run.WaitForEndAsync(Cancellation);

        transcript.Terminal!.Type.Should().Be("agent_completed", "content at the top level starts a run as in payload; transcript was {0}",
            transcript);
        transcript.Events.Should().OnlyContain(e => e.ThreadId == threadId,
            "thread_id at the top level puts the run on that thread; transcript was {0}", transcript);
        transcript.Events.Should().OnlyContain(e => e.AgentName == "triage", "a user_message runs triage; transcript was {0}", transcript);
        var history = await ThreadHistoryAsync(user, threadId);
        history.Require().Messages.Should().Contain(m => m.Role == "user" && m.Text == "Summarise the report data",
            "the top-level content is the run's request, stored on the thread; target answered {0}", history.Response.Describe());
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("WS-MSG-7")]
    public async Task StartAgent_WithoutAgentType_StartsATriageRun()
    {
        var user = await NewUserAsync("notype");
        var socket = await ConnectWelcomedAsync(user);

        var run = await socket.StartAgentWithoutTypeAsync("How much budget do we spend?", RunOptions.None, Settings.RunTimeout,
            Cancellation);
        var transcript = await run.WaitForEndAsync(Cancellation);

        transcript.Terminal!.Type.Should().Be("agent_completed", "start_agent without agent_type starts a run; transcript was {0}",
            transcript);
        transcript.Events.Should().OnlyContain(e => e.AgentName == "triage",
            "start_agent without agent_type runs triage (agent_name is the run's type); transcript was {0}", transcript);
        transcript.ToolCalls.Select(c => c.ToolName).Should().Equal(["token_counter"],
            "a triage run runs token_counter, and only it; transcript was {0}", transcript);
    }
}
