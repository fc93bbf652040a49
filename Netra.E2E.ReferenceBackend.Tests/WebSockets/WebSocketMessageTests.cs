using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.WebSockets;

[CancelAfter(20_000)]
public sealed class WebSocketMessageTests
{
    private static async Task<(TestServer Server, TestUser User, WsClient Ws)> ConnectAsync(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await ws.ReceiveTypeAsync("system_message", cancellationToken);
        return (server, user, ws);
    }

    [Test]
    public async Task WebSocket_Ping_AnsweredWithPongCarryingUserId(CancellationToken cancellationToken)
    {
        var (_, user, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;

        await ws.SendAsync(new JsonObject { ["type"] = "ping" }, cancellationToken);

        var pong = await ws.ReceiveTypeAsync("pong", cancellationToken);
        pong["data"]!.Str("user_id").Should().Be(user.UserId);
        pong["data"]!.Str("timestamp").Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task WebSocket_Heartbeat_AnsweredWithHealthyAck(CancellationToken cancellationToken)
    {
        var (_, _, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;

        await ws.SendAsync(new JsonObject { ["type"] = "heartbeat" }, cancellationToken);

        (await ws.ReceiveTypeAsync("heartbeat_ack", cancellationToken))["data"]!.Str("status").Should().Be("healthy");
    }

    [Test]
    public async Task WebSocket_ShortHeartbeatInterval_ServerPingsRepeatedly(CancellationToken cancellationToken)
    {
        var server = await TestServers.GetAsync("fast-heartbeat", o => o with { HeartbeatInterval = TimeSpan.FromMilliseconds(200) });
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);

        var welcome = await ws.ReceiveTypeAsync("system_message", cancellationToken);
        var first = await ws.ReceiveTypeAsync("ping", cancellationToken);
        var second = await ws.ReceiveTypeAsync("ping", cancellationToken);

        welcome["data"]!["config"]!["heartbeat_interval"]!.GetValue<double>().Should().Be(0.2);
        first["data"]!.Str("timestamp").Should().NotBeNullOrEmpty();
        second["data"]!.Str("timestamp").Should().NotBe(first["data"]!.Str("timestamp"));
    }

    [Test]
    public async Task WebSocket_UserMessageWithMessageId_RunEchoesIdAndCompletes(CancellationToken cancellationToken)
    {
        var (_, user, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;
        const string content = "How can we reduce our monthly cloud cost?";

        await ws.SendAsync(WsMessages.UserMessage(content, "m-1"), cancellationToken);
        var events = await ws.ReceiveRunAsync("m-1", cancellationToken);

        events.ShouldBeCompleteLifecycle(user.UserId, "m-1");
        events[0].Payload().Str("user_request").Should().Be(content);
        events.Result().Str("category").Should().Be("optimization");
        events.Result().Str("summary").Should().Contain(content);
        events.Result()["tool_results"]!["token_counter"]!["characters"]!.GetValue<int>().Should().Be(content.Length);
        events.Should().OnlyContain(e => e.Str("agent_name") == "triage");
    }

    [TestCase("chat")]
    [TestCase("message")]
    public async Task WebSocket_AliasWithTopLevelFields_StartsTriageRun(string type, CancellationToken cancellationToken)
    {
        var (_, user, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;

        await ws.SendAsync(new JsonObject { ["type"] = type, ["content"] = "hello there", ["message_id"] = "alias-1" }, cancellationToken);

        (await ws.ReceiveRunAsync("alias-1", cancellationToken)).ShouldBeCompleteLifecycle(user.UserId, "alias-1");
    }

    [Test]
    public async Task WebSocket_StartAgentData_RunsTokenCounterThenKeywordExtractor(CancellationToken cancellationToken)
    {
        var (_, user, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;

        await ws.SendAsync(WsMessages.StartAgent("data", "report the report data please", "d-1"), cancellationToken);
        var events = await ws.ReceiveRunAsync("d-1", cancellationToken);

        events.ShouldBeCompleteLifecycle(user.UserId, "d-1");
        events.Where(e => e.Type() == "tool_executing").Select(e => e.Payload().Str("tool_name"))
            .Should().Equal("token_counter", "keyword_extractor");
        events.Result()["tool_results"]!["keyword_extractor"]!["keywords"]!.AsArray().Select(k => k!.GetValue<string>())
            .Should().Equal("report", "data", "please", "the");
    }

    [TestCase("user_message")]
    [TestCase("start_agent")]
    public async Task WebSocket_EmptyContent_ErrorPleaseEnterMessage(string type, CancellationToken cancellationToken)
    {
        var (_, _, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;

        await ws.SendAsync(new JsonObject { ["type"] = type, ["payload"] = new JsonObject { ["content"] = "", ["user_request"] = " " } },
            cancellationToken);

        (await ws.ReceiveTypeAsync("error", cancellationToken)).Str("message").Should().Be("Please enter a message");
    }

    [Test]
    public async Task WebSocket_ForeignThreadId_AccessDeniedAndNoRun(CancellationToken cancellationToken)
    {
        var (server, _, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;
        var other = await server.NewUserAsync(cancellationToken);
        var thread = await server.PostAsync("/api/threads", other.AccessToken, new JsonObject { ["title"] = "B's" }, cancellationToken);

        await ws.SendAsync(WsMessages.UserMessage("read B's thread", "x-1", thread.Text("id")), cancellationToken);
        await ws.SendAsync(new JsonObject { ["type"] = "ping" }, cancellationToken);

        (await ws.ReceiveTypeAsync("error", cancellationToken)).Str("message").Should().Be("Access denied to thread");
        await ws.ReceiveTypeAsync("pong", cancellationToken);
        ws.Seen.Should().NotContain(f => f["run_id"] != null, "no run may start on another user's thread");
    }

    [TestCase("{\"type\":\"mystery\"}", "mystery")]
    [TestCase("{\"hello\":1}", null)]
    public async Task WebSocket_UnknownOrMissingType_Acknowledged(string message, string? receivedType, CancellationToken cancellationToken)
    {
        var (_, _, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;

        await ws.SendTextAsync(message, cancellationToken);

        var ack = await ws.ReceiveTypeAsync("ack", cancellationToken);
        ack.Str("received_type").Should().Be(receivedType);
        ack.Str("status").Should().Be("acknowledged");
    }

    [Test]
    public async Task WebSocket_ThreadNamedInMessage_RunAppendsBothMessagesToIt(CancellationToken cancellationToken)
    {
        var (server, user, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;
        var threadId = (await server.PostAsync("/api/threads", user.AccessToken, new JsonObject(), cancellationToken)).Text("id");

        await ws.SendAsync(WsMessages.UserMessage("summarize the dataset", "t-1", threadId), cancellationToken);
        var events = await ws.ReceiveRunAsync("t-1", cancellationToken);
        var messages = await server.GetAsync($"/api/threads/{threadId}/messages", user.AccessToken, cancellationToken);

        events.Should().OnlyContain(e => e.Str("thread_id") == threadId);
        messages.Status.Should().Be(HttpStatusCode.OK, messages.ToString());
        var list = messages.Json["messages"]!.AsArray();
        list.Select(m => m!.Str("role")).Should().Equal("user", "assistant");
        list[0]!["content"]![0]!["text"]!.Str("value").Should().Be("summarize the dataset");
        list[1]!["content"]![0]!["text"]!.Str("value").Should().Be(events.Result().Str("summary"));
    }

    [Test]
    public async Task WebSocket_RunWithoutThread_CreatesThreadNamedInEveryEvent(CancellationToken cancellationToken)
    {
        var (server, user, ws) = await ConnectAsync(cancellationToken);
        await using var _ = ws;

        await ws.SendAsync(WsMessages.UserMessage("no thread given", "n-1"), cancellationToken);
        var events = await ws.ReceiveRunAsync("n-1", cancellationToken);

        var thread = await server.GetAsync("/api/threads/" + events[0].Str("thread_id"), user.AccessToken, cancellationToken);
        thread.Status.Should().Be(HttpStatusCode.OK, thread.ToString());
        thread.Json["message_count"]!.GetValue<int>().Should().Be(2);
    }
}
