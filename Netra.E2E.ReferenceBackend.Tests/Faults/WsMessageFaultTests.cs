using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(20_000)]
public sealed class WsMessageFaultTests
{
    private static async Task<WsClient> WelcomedAsync(string fault, CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync(fault);
        var user = await server.NewUserAsync(cancellationToken);
        var ws = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await ws.ReceiveTypeAsync("system_message", cancellationToken);
        return ws;
    }

    [Test]
    [ChecksFault("ws-heartbeat-ack-missing")]
    public async Task WsHeartbeatAckMissing_Heartbeat_AnsweredWithPlainAck(CancellationToken cancellationToken)
    {
        await using var ws = await WelcomedAsync("ws-heartbeat-ack-missing", cancellationToken);

        await ws.SendAsync(new JsonObject { ["type"] = "heartbeat" }, cancellationToken);

        (await ws.ReceiveUntilAsync(f => f.Type() != "ping", cancellationToken)).Str("received_type").Should().Be("heartbeat");
    }

    [Test]
    [ChecksFault("ws-exact-limit-too-large")]
    public async Task WsExactLimitTooLarge_FrameOfExactly8192Bytes_MessageTooLarge(CancellationToken cancellationToken)
    {
        await using var ws = await WelcomedAsync("ws-exact-limit-too-large", cancellationToken);
        var prefix = """{"type":"ping","pad":" """;
        var text = prefix + new string('x', 8192 - prefix.Length - 2) + "\"}";

        await ws.SendTextAsync(text, cancellationToken);

        (await ws.ReceiveUntilAsync(f => f.Type() != "ping", cancellationToken)).Str("error_code").Should().Be("MESSAGE_TOO_LARGE");
    }

    [Test]
    [ChecksFault("ws-unknown-thread-creates-thread")]
    public async Task WsUnknownThreadCreatesThread_UnknownThreadId_RunsOnANewThread(CancellationToken cancellationToken)
    {
        await using var ws = await WelcomedAsync("ws-unknown-thread-creates-thread", cancellationToken);

        await ws.SendAsync(WsMessages.UserMessage("hello", "u-1", threadId: "thread-that-does-not-exist"), cancellationToken);

        (await ws.ReceiveRunAsync("u-1", cancellationToken))[^1].Type().Should().Be("agent_completed");
    }

    [Test]
    [ChecksFault("ws-unknown-agent-type-runs-triage")]
    public async Task WsUnknownAgentTypeRunsTriage_UnknownType_TriageRun(CancellationToken cancellationToken)
    {
        await using var ws = await WelcomedAsync("ws-unknown-agent-type-runs-triage", cancellationToken);

        await ws.SendAsync(WsMessages.StartAgent("astrology", "hello", "s-1"), cancellationToken);

        (await ws.ReceiveRunAsync("s-1", cancellationToken))[0].Str("agent_name").Should().Be("triage");
    }

    [Test]
    [ChecksFault("ws-message-alias-ignored")]
    public async Task WsMessageAliasIgnored_Chat_AckedWithoutRun(CancellationToken cancellationToken)
    {
        await using var ws = await WelcomedAsync("ws-message-alias-ignored", cancellationToken);

        await ws.SendAsync(new JsonObject { ["type"] = "chat", ["payload"] = new JsonObject { ["content"] = "hello" } }, cancellationToken);

        (await ws.ReceiveUntilAsync(f => f.Type() != "ping", cancellationToken)).Type().Should().Be("ack");
    }

    [Test]
    [ChecksFault("ws-no-type-error")]
    public async Task WsNoTypeError_FrameWithoutType_ErrorFrame(CancellationToken cancellationToken)
    {
        await using var ws = await WelcomedAsync("ws-no-type-error", cancellationToken);

        await ws.SendAsync(new JsonObject { ["hello"] = "world" }, cancellationToken);

        (await ws.ReceiveUntilAsync(f => f.Type() != "ping", cancellationToken)).Type().Should().Be("error");
    }
}
