using FluentAssertions;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Critical;

/// <summary>Client messages of contract 5 that no row checked: heartbeat, aliases, frames without type, the exact size limit,
/// and the refusals of an unknown thread or agent type.</summary>
[Critical]
[WritesData]
public sealed class WebSocketProtocolTests : E2ETest
{

    private static string NewMessageId() => "msg-" + Guid.NewGuid().ToString("N");

    /// <summary>The first frame after <paramref name="from"/> that is not a server ping.</summary>
    private Task<ReceivedFrame> NextAnswerAsync(NetraWebSocketClient socket, int from, string description) =>
        socket.Frames.WaitForAsync(f => f.Type != "ping", description, from, Settings.RunTimeout, Cancellation);

    [Test]
    [Catches("ws-heartbeat-ack-missing")]
    [Verifies("WS-MSG-2")]
    public async Task Heartbeat_OnAWelcomedSocket_AnsweredHeartbeatAckHealthy()
    {
        var socket = await ConnectWelcomedAsync(await NewUserAsync("heartbeat"));
        var from = socket.Frames.Received.Count;

        await socket.SendJsonAsync(ClientFrames.OfType("heartbeat"), Cancellation);
        var answer = await NextAnswerAsync(socket, from, "the answer to a heartbeat");

        answer.Type.Should().Be("heartbeat_ack", "a heartbeat is answered heartbeat_ack; frames: {0}", socket.Frames.Describe());
        answer.Json.Str("data.status").Should().Be("healthy", "frames: {0}", socket.Frames.Describe());
    }

    [Test]
    [Catches("ws-exact-limit-too-large")]
    [Verifies("WS-MSG-16")]
    public async Task Frame_OfExactly8192Bytes_IsWithinTheLimit()
    {
        var socket = await ConnectWelcomedAsync(await NewUserAsync("exactlimit"));
        var exact = ClientFrames.PaddedPing(ClientFrames.MaxMessageBytes);
        var from = socket.Frames.Received.Count;

        await socket.SendTextAsync(exact, Cancellation);
        var answer = await NextAnswerAsync(socket, from, "the answer to an 8192-byte ping");

        answer.Type.Should().Be("pong", "8192 bytes is within the limit, so the ping is answered; frames: {0}", socket.Frames.Describe());
    }

    [TestCase("chat")]
    [TestCase("message")]
    [Catches("ws-message-alias-ignored")]
    [Verifies("WS-MSG-4")]
    public async Task MessageAlias_WithContent_StartsATriageRun(string type)
    {
        var user = await NewUserAsync("alias");
        var socket = await ConnectWelcomedAsync(user);
        var messageId = NewMessageId();
        var from = socket.Frames.Received.Count;
        const string content = "Summarise this week's usage please";

        await socket.SendJsonAsync(new { type, payload = new { content }, message_id = messageId }, Cancellation);
        var first = await socket.Frames.WaitForAsync(
            f => f.Type is "ack" or "error" or "error_message" || AgentEventPredicates.IsEventOf("agent_started", messageId)(f),
            $"the run started by {type}", from, Settings.RunTimeout, Cancellation);
        first.Type.Should().Be("agent_started", "{0} is an alias of user_message and starts a run; frames: {1}", type,
            socket.Frames.Describe());
        await socket.Frames.WaitForAsync(AgentEventPredicates.IsTerminalFor(messageId), $"the end of the {type} run", from,
            Settings.RunTimeout, Cancellation);

        AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId).Should().BeAValidRun(new AgentRunExpectations(user.UserId)
        {
            MessageId = messageId,
            AgentType = ContractAgents.Triage,
            Request = content,
        });
    }

    [Test]
    [Catches("ws-no-type-error")]
    [Verifies("WS-MSG-13")]
    public async Task Frame_WithoutType_AnsweredAck()
    {
        var socket = await ConnectWelcomedAsync(await NewUserAsync("notype"));
        var from = socket.Frames.Received.Count;

        await socket.SendJsonAsync(new { hello = "world" }, Cancellation);
        var answer = await NextAnswerAsync(socket, from, "the answer to a frame without type");

        answer.Type.Should().Be("ack", "a frame without type is acknowledged; frames: {0}", socket.Frames.Describe());
        answer.Json.Str("status").Should().Be("acknowledged", "frames: {0}", socket.Frames.Describe());
    }

    [Test]
    [Catches("ws-unknown-thread-creates-thread")]
    [Verifies("WS-MSG-10")]
    public async Task UserMessage_OnAThreadThatDoesNotExist_ErrorAndNoRun()
    {
        var socket = await ConnectWelcomedAsync(await NewUserAsync("nothread"));
        var messageId = NewMessageId();
        var from = socket.Frames.Received.Count;
        var threadId = "thread-that-does-not-exist-" + Guid.NewGuid().ToString("N");

        await socket.SendJsonAsync(ClientFrames.UserMessage("hello there", new RunOptions { ThreadId = threadId }, messageId),
            Cancellation);
        var answer = await socket.Frames.WaitForAsync(
            f => f.Type == "error" || AgentEventPredicates.IsEventOf("agent_started", messageId)(f),
            "the error for an unknown thread", from, Settings.RunTimeout, Cancellation);

        answer.Type.Should().Be("error", "an unknown thread_id is refused with an error frame and no run; frames: {0}",
            socket.Frames.Describe());
        await socket.RoundTripAsync(Cancellation);
        socket.Frames.Received.Skip(from).Should().NotContain(f => AgentEventPredicates.IsAgentEvent(f), "no run starts; frames: {0}",
            socket.Frames.Describe());
    }

    [Test]
    [Catches("ws-unknown-agent-type-runs-triage")]
    [Verifies("WS-MSG-11")]
    public async Task StartAgent_OfAnUnknownType_ErrorAndNoRun()
    {
        var socket = await ConnectWelcomedAsync(await NewUserAsync("badagent"));
        var messageId = NewMessageId();
        var from = socket.Frames.Received.Count;

        await socket.SendJsonAsync(ClientFrames.StartAgent("astrology", "read my stars", RunOptions.None, messageId), Cancellation);
        var answer = await socket.Frames.WaitForAsync(
            f => f.Type == "error" || AgentEventPredicates.IsEventOf("agent_started", messageId)(f),
            "the error for an unknown agent type", from, Settings.RunTimeout, Cancellation);

        answer.Type.Should().Be("error", "an unknown agent_type is refused with an error frame and no run; frames: {0}",
            socket.Frames.Describe());
        await socket.RoundTripAsync(Cancellation);
        socket.Frames.Received.Skip(from).Should().NotContain(f => AgentEventPredicates.IsAgentEvent(f), "no run starts; frames: {0}",
            socket.Frames.Describe());
    }
}
