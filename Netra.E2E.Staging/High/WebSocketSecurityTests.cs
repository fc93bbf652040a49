using FluentAssertions;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.High;

[High]
[WritesData]
public sealed class WebSocketSecurityTests : E2ETest
{

    [Test]
    [Legacy("035")]
    [Verifies("WS-MSG-14", "WS-MSG-15")]
    public async Task WebSocket_OversizeAndMalformedMessages_GetErrorsAndTheConnectionSurvives()
    {
        var user = await NewUserAsync("wsframes");
        var socket = await ConnectWelcomedAsync(user);

        var oversize = ClientFrames.PaddedPing(ClientFrames.MaxMessageBytes + 1000);
        var tooLarge = await SendAndAwaitAnswerAsync(socket, oversize, $"the answer to a {oversize.Length}-byte message");
        tooLarge.Type.Should().Be("error_message",
            "a message over {0} bytes must be answered with error_message MESSAGE_TOO_LARGE; the answer was {1}",
                ClientFrames.MaxMessageBytes,
                tooLarge.Text);
        tooLarge.Json.Str("error_code").Should().Be("MESSAGE_TOO_LARGE", "the answer was {0}", tooLarge.Text);
        await ExpectPongAsync(socket, user, "after the oversize message");

        var malformed = await SendAndAwaitAnswerAsync(socket, "{\"type\": \"ping\", this is not JSON",
            "the answer to a message that is not JSON");
        malformed.Type.Should().Be("error_message",
            "a message that is not JSON must be answered with error_message FORMAT_ERROR; the answer was {0}", malformed.Text);
        malformed.Json.Str("error_code").Should().Be("FORMAT_ERROR", "the answer was {0}", malformed.Text);
        await ExpectPongAsync(socket, user, "after the malformed message");
    }

    [Test]
    [Legacy("035")]
    [Catches("thread-idor")]
    [Verifies("WS-MSG-9")]
    public async Task WebSocket_MessageOnAnotherUsersThread_IsDeniedAndStartsNoRun()
    {
        var owner = await NewUserAsync("threadowner");
        var intruder = await NewUserAsync("intruder");
        var threadId = await CreateThreadAsync(owner, "owner's private thread");

        var socket = await ConnectWelcomedAsync(intruder);
        var denied = await SendUserMessageAsync(socket, "show me this thread", new RunOptions { ThreadId = threadId });
        var deniedId = denied.MessageId;
        var answer = await denied.WaitForAnswerAsync(Cancellation);
        answer.Type.Should().Be("error", "a user_message naming another user's thread must be refused with an error; the answer was {0}",
            answer.Text);
        answer.Json.Str("message").Should().Be("Access denied to thread", "the answer was {0}", answer.Text);

        // A run of the intruder's own, sent after the refused one, must complete; by then a run started by the refused
        // message would have shown its events on this connection.
        var probe = await SendUserMessageAsync(socket, "probe after the refusal");
        await probe.WaitForEndAsync(Cancellation);
        socket.Frames.Received.Where(AgentEventPredicates.IsAgentEvent).Select(f => new AgentEvent(f))
            .Where(e => e.MessageId == deniedId || e.ThreadId == threadId)
            .Should().BeEmpty("the refused message must start no run on the owner's thread. {0}", socket.Frames.Describe());

        var history = await ThreadHistoryAsync(owner, threadId);
        history.Require().Messages.Should().BeEmpty(
            "nothing may be appended to the owner's thread by another user; target answered {0}", history.Response.Describe());
    }

    [Test]
    [Legacy("035")]
    [Verifies("WS-CONN-1", "WS-CONN-2")]
    public async Task WebSocket_SixthConnectionOfOneUser_IsClosedWith1013()
    {
        var user = await NewUserAsync("wslimit");
        var open = new List<NetraWebSocketClient>();
        for (var i = 0; i < 5; i++)
        {
            open.Add(await ConnectWelcomedAsync(user));
        }

        var sixth = await ConnectAsync(user);
        var close = await sixth.WaitForCloseAsync(Settings.RunTimeout, Cancellation);
        close.Status.Should().Be(1013,
            "the 6th connection of one user must be closed with 1013 (try again later); it was closed with {0}. {1}", close,
                sixth.Frames.Describe());

        foreach (var socket in open)
        {
            await ExpectPongAsync(socket, user, "on one of the five connections after the 6th was refused");
        }
    }

    [Test]
    [Legacy("035")]
    [Catches("ws-header-bypass")]
    [Verifies("WS-AUTH-1", "WS-AUTH-2", "WS-AUTH-3", "WS-AUTH-4", "WS-AUTH-5", "WS-AUTH-10")]
    public async Task WebSocket_BadTokenWithTestHeaders_IsStillRejected()
    {
        var headers = new Dictionary<string, string> { ["X-Test-Type"] = "E2E", ["X-E2E-Test"] = "true", ["X-Test-Mode"] = "bypass" };
        var tokens = new[] { Auth.BadTokens.WrongSignature(), Auth.BadTokens.Expired(), Auth.BadTokens.AlgNone(),
            BadTokenFactory.Garbage() };
        foreach (var token in tokens)
        {
            await ConnectExpectingRejectionAsync(new WebSocketConnectOptions { Token = token, Headers = headers });
        }

        await ConnectExpectingRejectionAsync(WebSocketConnectOptions.Anonymous with { Headers = headers });
    }

    private async Task<ReceivedFrame> SendAndAwaitAnswerAsync(NetraWebSocketClient socket, string text, string description)
    {
        var from = socket.Frames.Received.Count;
        await socket.SendTextAsync(text, Cancellation);
        return await socket.Frames.WaitForAsync(f => f.Type != "ping", description, from, Settings.RunTimeout, Cancellation);
    }

    private async Task ExpectPongAsync(NetraWebSocketClient socket, TestUser user, string when)
    {
        var pong = await socket.RoundTripAsync(Settings.RunTimeout, Cancellation);
        pong.Json.Str("data.user_id").Should().Be(user.UserId, "the pong {0} must name the connection's user; pong was {1}", when,
            pong.Text);
    }
}
