using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Pipeline;

[Pipeline]
[WritesData]
public sealed class WebSocketSessionTests : E2ETest
{
    [Test]
    [Legacy("test_1 WebSocketConnection")]
    [Catches("ws-no-welcome", "ws-stall", "welcome-no-server-time")]
    [Verifies("WS-TOKEN-1", "WS-WELCOME-1", "WS-WELCOME-3", "WS-WELCOME-4", "WS-WELCOME-5", "WS-HEART-1", "WS-HEART-2")]
    public async Task WebSocket_IdleConnection_GetsWelcomeAndHeartbeatPingAnsweredWithPong()
    {
        var user = await NewUserAsync();
        var socket = await ConnectAsync(user);
        var welcome = await socket.WaitForWelcomeAsync(Cancellation);
        welcome.Json.Str("data.user_id").Should().Be(user.UserId, "the welcome's user_id must be the token's sub; welcome was {0}",
            welcome.Text);
        welcome.Json.Str("data.connection_id").Should().NotBeNullOrWhiteSpace("the welcome must carry a connection_id; welcome was {0}",
            welcome.Text);
        welcome.Json.Bool("data.connection_ready").Should().BeTrue("the welcome must say connection_ready: true; welcome was {0}",
            welcome.Text);
        welcome.Json.Time("data.server_time").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the welcome carries data.server_time, a timestamp near the client's clock; welcome was {0}", welcome.Text);
        welcome.Json.Time("timestamp").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the welcome carries a top-level timestamp near the client's clock; welcome was {0}", welcome.Text);
        welcome.Json.Int("data.config.max_message_size").Should().Be(8192, "the welcome advertises the 8192-byte limit; welcome was {0}",
            welcome.Text);
        var seconds = welcome.Json.Number("data.config.heartbeat_interval");
        seconds.Should().BePositive("the welcome must advertise a positive config.heartbeat_interval (seconds); welcome was {0}",
            welcome.Text);

        var ping = await WaitForHeartbeatPingAsync(socket, welcome, seconds!.Value);
        ping.Json.Time("data.timestamp").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "a heartbeat ping carries data.timestamp near the client's clock; ping was {0}", ping.Text);

        // The client answers pings from its receive loop before reading on, so after this round trip the pong is on record.
        await socket.RoundTripAsync(Cancellation);
        var session = Evidence.WebSocketSessions.Should().ContainSingle().Subject;
        session.Frames.Should().Contain(
            f => f.Direction == FrameDirection.Sent && f.Type == "pong" && f.At >= ping.ReceivedAt,
            "the server's heartbeat ping must have been answered with a pong on the still-open connection; session: {0}",
                session.OneLine());
        socket.State.Should().Be(System.Net.WebSockets.WebSocketState.Open, "the connection stays open after the heartbeat; {0}",
            socket.Frames.Describe());
    }

    [Test]
    [Legacy("test_2 WebSocketMessageFlow")]
    [Catches(
        "user-message-ack-only", "canned-agent", "drop-agent_started", "drop-agent_thinking", "drop-tool_executing", "drop-tool_completed",
        "drop-agent_completed", "tool-events-reordered", "duplicate-terminal")]
    [Verifies("WS-MSG-1", "WS-MSG-2", "WS-MSG-3", "WS-MSG-6", "AGENT-ENVELOPE-5", "AGENT-ENVELOPE-1", "AGENT-ENVELOPE-2",
        "AGENT-ENVELOPE-3", "AGENT-ENVELOPE-4", "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2", "AGENT-EVENTS-3",
        "AGENT-EVENTS-4", "AGENT-EVENTS-5", "AGENT-EVENTS-6", "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3", "AGENT-ORDER-4",
        "AGENT-ORDER-5", "AGENT-ORDER-6")]
    public async Task WebSocket_PingUserMessageAndStartAgent_EachAnsweredAndCorrelatedByMessageId()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);

        var pong = await socket.RoundTripAsync(Cancellation);
        pong.Json.Str("data.user_id").Should().Be(user.UserId, "the pong names the connection's user; pong was {0}", pong.Text);
        pong.Json.Time("data.timestamp").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the pong carries data.timestamp near the client's clock; pong was {0}", pong.Text);

        var ack = await socket.SendTypeAndWaitForAnswerAsync("heartbeat", Settings.RunTimeout, Cancellation);
        ack.Type.Should().Be("heartbeat_ack", "a heartbeat is answered with heartbeat_ack; {0}", socket.Frames.Describe());
        ack.Json.Str("data.status").Should().Be("healthy", "heartbeat_ack says healthy; it was {0}", ack.Text);

        const string Question = "Which report shows the weekly data volume per region?";
        const string DataRequest = "Summarise the login failures of the last seven days by country";
        var chat = await SendUserMessageAsync(socket, Question);
        var agent = await StartAgentAsync(socket, ContractAgents.Data, DataRequest);
        await chat.WaitForEndAsync(Cancellation);
        await agent.WaitForEndAsync(Cancellation);
        await socket.RoundTripAsync(Cancellation);

        var (chatId, agentId) = (chat.MessageId, agent.MessageId);
        var chatRun = chat.Transcript();
        var agentRun = agent.Transcript();
        chatRun.Should().BeAValidRun(new AgentRunExpectations(user.UserId) { MessageId = chatId, AgentType = "triage",
            Request = Question });
        agentRun.Should().BeAValidRun(new AgentRunExpectations(user.UserId) { MessageId = agentId, AgentType = "data",
            Request = DataRequest });
        chatRun.RunId.Should().NotBe(agentRun.RunId, "two messages start two runs; {0}", socket.Frames.Describe());
    }

    [Test]
    [Legacy("test_2 ErrorFlow")]
    [Catches("user-message-ack-only")]
    [Verifies("WS-MSG-8", "WS-MSG-12", "WS-MSG-14")]
    public async Task WebSocket_BadJsonUnknownTypeAndEmptyContent_GetTheirDocumentedAnswers()
    {
        var user = await NewUserAsync();
        var socket = await ConnectWelcomedAsync(user);

        var formatError = await socket.SendTextAndWaitForAnswerAsync("{\"type\": \"user_message\", \"payload\": ", Settings.RunTimeout,
            Cancellation);
        formatError.Type.Should().Be("error_message", "text that is not JSON is answered with error_message; {0}",
            socket.Frames.Describe());
        formatError.Json.Str("error_code").Should().Be("FORMAT_ERROR", "the error_message names FORMAT_ERROR; it was {0}",
            formatError.Text);
        await socket.RoundTripAsync(Cancellation);

        var ack = await socket.SendTypeAndWaitForAnswerAsync("telemetry_probe", Settings.RunTimeout, Cancellation);
        ack.Type.Should().Be("ack", "an unknown type is acknowledged; {0}", socket.Frames.Describe());
        ack.Json.Str("received_type").Should().Be("telemetry_probe", "the ack names the type it received; it was {0}", ack.Text);
        ack.Json.Str("status").Should().Be("acknowledged", "the ack says acknowledged; it was {0}", ack.Text);

        var emptyChat = await (await SendUserMessageAsync(socket, string.Empty)).WaitForAnswerAsync(Cancellation);
        emptyChat.Type.Should().Be("error", "empty content is refused with an error, not a run or an ack; {0}", socket.Frames.Describe());
        emptyChat.Json.Str("message").Should().Be("Please enter a message", "the error says what to do; it was {0}", emptyChat.Text);

        var emptyAgent = await (await StartAgentAsync(socket, ContractAgents.Data, string.Empty)).WaitForAnswerAsync(Cancellation);
        emptyAgent.Type.Should().Be("error", "an empty user_request is refused with an error; {0}", socket.Frames.Describe());
        emptyAgent.Json.Str("message").Should().Be("Please enter a message", "the error says what to do; it was {0}", emptyAgent.Text);

        await socket.RoundTripAsync(Cancellation);
        socket.Frames.Received.Where(AgentEventPredicates.IsAgentEvent).Should().BeEmpty(
            "none of these messages may start a run; {0}", socket.Frames.Describe());
        var status = await Api(user).AgentStatusAsync(null, Cancellation);
        status.Response.Should().HaveStatus(200);
        status.Value.Should().NotBeNull("/api/agents/status answers a list; target said {0}", status.Response.Describe());
        status.Value.Should().BeEmpty("the user started no run, so /api/agents/status lists none; target said {0}",
            status.Response.Describe());
    }
}
