using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;
using Netra.E2E.ReferenceBackend.Tests.WebSockets;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(20_000)]
public sealed class WebSocketFaultTests
{
    [Test]
    [ChecksFault("ws-header-bypass")]
    public async Task WsHeaderBypass_GarbageTokenWithTestHeader_AcceptedButNotWithout(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("ws-header-bypass");

        var (bypassed, _) = await WsClient.TryConnectAsync(server, "garbage", cancellationToken,
            WebSocketAuthTests.TestHeaders("garbage-with-test-headers"));
        var (plain, status) = await WsClient.TryConnectAsync(server, "garbage", cancellationToken);

        await using var _ = bypassed;
        bypassed.Should().NotBeNull("the fault lets a test header bypass validation");
        (await bypassed!.ReceiveTypeAsync("system_message", cancellationToken)).Should().NotBeNull();
        plain.Should().BeNull();
        status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    [ChecksFault("ws-accept-any-token")]
    public async Task WsAcceptAnyToken_ExpiredToken_AcceptedAsItsSubject(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("ws-accept-any-token");

        await using var ws = await WsClient.ConnectAsync(server, TestTokens.Expired("expired-user"), cancellationToken);

        (await ws.ReceiveTypeAsync("system_message", cancellationToken))["data"]!.Str("user_id").Should().Be("expired-user");
    }

    [Test]
    [ChecksFault("ws-no-welcome")]
    public async Task WsNoWelcome_Connect_FirstAnswerIsPongNotWelcome(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("ws-no-welcome");
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);

        await ws.SendAsync(new JsonObject { ["type"] = "ping" }, cancellationToken);

        (await ws.ReceiveUntilAsync(f => f.Type() != "ping", cancellationToken)).Type().Should().Be("pong");
    }

    [Test]
    [ChecksFault("ws-stall")]
    public async Task WsStall_UpgradeAccepted_NoFrameEvenForPing(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("ws-stall");
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await ws.SendAsync(new JsonObject { ["type"] = "ping" }, cancellationToken);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(TimeSpan.FromSeconds(1.5));

        var receive = () => ws.ReceiveAsync(window.Token);

        await receive.Should().ThrowAsync<OperationCanceledException>("a stalled socket sends nothing; saw {0}", ws.Describe());
    }

    [Test]
    [ChecksFault("user-message-ack-only")]
    public async Task UserMessageAckOnly_UserMessage_AckedAndNoRun(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("user-message-ack-only");
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);

        await ws.SendAsync(WsMessages.UserMessage("hello", "u-1"), cancellationToken);
        var ack = await ws.ReceiveTypeAsync("ack", cancellationToken);

        ack.Str("received_type").Should().Be("user_message");
        (await server.GetAsync("/api/agents/status", user.AccessToken, cancellationToken)).Json.AsArray().Should().BeEmpty();
    }

    [Test]
    [ChecksFault("events-to-all-users")]
    public async Task EventsToAllUsers_OneUsersRun_ReachesAnotherUser(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("events-to-all-users");
        var alice = await server.NewUserAsync(cancellationToken);
        var bob = await server.NewUserAsync(cancellationToken);
        await using var aliceWs = await WsClient.ConnectAsync(server, alice.AccessToken, cancellationToken);
        await using var bobWs = await WsClient.ConnectAsync(server, bob.AccessToken, cancellationToken);
        await aliceWs.ReceiveTypeAsync("system_message", cancellationToken);
        await bobWs.ReceiveTypeAsync("system_message", cancellationToken);

        await aliceWs.SendAsync(WsMessages.UserMessage("alice's secret", "leak-1"), cancellationToken);

        (await bobWs.ReceiveUntilAsync(f => f["run_id"] != null, cancellationToken)).Str("user_id").Should().Be(alice.UserId);
    }

    [Test]
    [ChecksFault("welcome-no-server-time")]
    public async Task WelcomeNoServerTime_Connect_WelcomeLacksServerTimeOnly(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("welcome-no-server-time");
        var user = await server.NewUserAsync(cancellationToken);
        await using var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);

        var welcome = await ws.ReceiveTypeAsync("system_message", cancellationToken);

        welcome["data"]!.AsObject().ContainsKey("server_time").Should().BeFalse(welcome.ToJsonString());
        welcome["data"]!["connection_ready"]!.GetValue<bool>().Should().BeTrue();
        welcome.ContainsKey("timestamp").Should().BeTrue(welcome.ToJsonString());
    }
}
