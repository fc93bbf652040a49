using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.WebSockets;

[CancelAfter(20_000)]
public sealed class WebSocketLimitTests
{
    [Test]
    public async Task WebSocket_NotJson_FormatErrorAndConnectionStaysOpen(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);

        await ws.SendTextAsync("{not json", cancellationToken);
        var error = await ws.ReceiveTypeAsync("error_message", cancellationToken);
        await ws.SendAsync(new JsonObject { ["type"] = "ping" }, cancellationToken);

        error.Str("error_code").Should().Be("FORMAT_ERROR");
        await ws.ReceiveTypeAsync("pong", cancellationToken);
    }

    [Test]
    public async Task WebSocket_OversizeMessageInFragments_MessageTooLargeAndConnectionStaysOpen(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        var fragment = Encoding.UTF8.GetBytes(new string('a', 4000));

        for (var i = 0; i < 3; i++)
        {
            await ws.Socket.SendAsync(fragment, WebSocketMessageType.Text, endOfMessage: i == 2, cancellationToken);
        }

        var error = await ws.ReceiveTypeAsync("error_message", cancellationToken);
        await ws.SendAsync(new JsonObject { ["type"] = "ping" }, cancellationToken);

        error.Str("error_code").Should().Be("MESSAGE_TOO_LARGE");
        await ws.ReceiveTypeAsync("pong", cancellationToken);
    }

    [Test]
    public async Task WebSocket_MessageOfExactly8192Bytes_IsProcessed(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        var prefix = "{\"type\":\"padded\",\"pad\":\"";
        var message = prefix + new string('p', 8192 - prefix.Length - 2) + "\"}";

        await ws.SendTextAsync(message, cancellationToken);

        Encoding.UTF8.GetByteCount(message).Should().Be(8192);
        (await ws.ReceiveTypeAsync("ack", cancellationToken)).Str("received_type").Should().Be("padded");
    }

    [Test]
    public async Task WebSocket_SixthConnectionOfOneUser_ClosedWith1013(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        var open = new List<WsClient>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
                open.Add(ws);
                await ws.ReceiveTypeAsync("system_message", cancellationToken);
            }

            await using var sixth = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
            var frame = await sixth.ReceiveAsync(cancellationToken);

            frame.Should().BeNull("the sixth connection gets no frames, only a close; saw {0}", sixth.Describe());
            sixth.CloseStatus.Should().Be((WebSocketCloseStatus)1013);
        }
        finally
        {
            foreach (var ws in open)
            {
                await ws.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task WebSocket_RunEvents_ReachEveryConnectionOfTheUserAndNoOtherUser(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var alice = await server.NewUserAsync(cancellationToken);
        var bob = await server.NewUserAsync(cancellationToken);
        await using var first = await WsClient.ConnectAsync(server, alice.AccessToken, cancellationToken);
        await using var second = await WsClient.ConnectAsync(server, alice.AccessToken, cancellationToken);
        await using var other = await WsClient.ConnectAsync(server, bob.AccessToken, cancellationToken);
        foreach (var ws in new[] { first, second, other })
        {
            await ws.ReceiveTypeAsync("system_message", cancellationToken);
        }

        await first.SendAsync(WsMessages.UserMessage("alice only", "a-1"), cancellationToken);
        var onFirst = await first.ReceiveRunAsync("a-1", cancellationToken);
        var onSecond = await second.ReceiveRunAsync("a-1", cancellationToken);
        await other.SendAsync(new JsonObject { ["type"] = "ping" }, cancellationToken);
        var bobNext = await other.ReceiveUntilAsync(f => f.Type() != "ping", cancellationToken);

        onSecond.Select(e => e.Long("sequence")).Should().Equal(onFirst.Select(e => e.Long("sequence")));
        bobNext.Type().Should().Be("pong", "alice's events were all delivered before bob's ping; bob saw {0}", other.Describe());
    }

    [Test]
    public async Task WebSocket_SocketAbortedMidRun_ServerKeepsServingAndReconnectCompletesRun(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        var doomed = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await doomed.SendAsync(WsMessages.UserMessage("abandoned", "ab-1", thinkDelayMs: 200), cancellationToken);
        await doomed.ReceiveTypeAsync("agent_started", cancellationToken);
        doomed.Socket.Abort();
        await doomed.DisposeAsync();

        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await ws.ReceiveTypeAsync("system_message", cancellationToken);
        await ws.SendAsync(WsMessages.UserMessage("after reconnect", "ab-2"), cancellationToken);

        (await ws.ReceiveRunAsync("ab-2", cancellationToken)).ShouldBeCompleteLifecycle(user.UserId, "ab-2");
    }
}
