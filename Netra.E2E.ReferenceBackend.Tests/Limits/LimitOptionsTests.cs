using System.Net.WebSockets;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Limits;

[CancelAfter(20_000)]
public sealed class LimitOptionsTests
{
    private static readonly string Secret = new('s', 40);

    [Test]
    public void CommandLine_NoLimitOptions_KeepsTheTierDefaults()
    {
        var (options, _, _) = CommandLine.Parse(["--jwt-secret", Secret]);

        options.MaxConnectionsPerUser.Should().Be(5, "the contract's per-user limit");
        options.RateLimitPerUser.Should().Be(120);
        options.RateLimitPerAddress.Should().Be(2000);
        options.RateLimitWindow.Should().Be(TimeSpan.FromSeconds(10));
        options.LoginFailuresPerMinute.Should().Be(10);
        options.FinishedRunRetention.Should().Be(TimeSpan.FromMinutes(10));
        options.MaxFinishedRuns.Should().Be(10_000);
        options.MaxUsers.Should().Be(100_000);
    }

    [Test]
    public void CommandLine_EveryLimitOption_ParsedIntoOptions()
    {
        var (options, _, _) = CommandLine.Parse(
            ["--jwt-secret", Secret, "--rate-limit-per-user", "100000", "--rate-limit-per-address", "50000",
             "--rate-limit-window-seconds", "2.5", "--login-failures-per-minute", "3", "--max-connections-per-user", "2",
             "--finished-run-seconds", "30", "--max-finished-runs", "7", "--max-users", "11"]);

        options.RateLimitPerUser.Should().Be(100_000);
        options.RateLimitPerAddress.Should().Be(50_000);
        options.RateLimitWindow.Should().Be(TimeSpan.FromSeconds(2.5));
        options.LoginFailuresPerMinute.Should().Be(3);
        options.MaxConnectionsPerUser.Should().Be(2);
        options.FinishedRunRetention.Should().Be(TimeSpan.FromSeconds(30));
        options.MaxFinishedRuns.Should().Be(7);
        options.MaxUsers.Should().Be(11);
    }

    [TestCase("--rate-limit-per-user", "0")]
    [TestCase("--max-connections-per-user", "-1")]
    [TestCase("--rate-limit-window-seconds", "0.01")]
    [TestCase("--max-users", "many")]
    public void CommandLine_BadLimitValue_RefusedNamingTheOption(string option, string value)
    {
        var parse = () => CommandLine.Parse([option, value, "--jwt-secret", Secret]);

        parse.Should().Throw<ArgumentException>().WithMessage($"*{option}*");
    }

    [Test]
    public async Task WebSocket_ConnectionLimitOfTwo_ThirdConnectionClosedWith1013(CancellationToken cancellationToken)
    {
        var server = await TestServers.GetAsync("max-connections-2", o => o with { MaxConnectionsPerUser = 2 });
        var user = await server.NewUserAsync(cancellationToken);
        await using var first = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await first.ReceiveTypeAsync("system_message", cancellationToken);
        await using var second = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        await second.ReceiveTypeAsync("system_message", cancellationToken);

        await using var third = await WsClient.ConnectAsync(server, user.AccessToken, cancellationToken);
        var frame = await third.ReceiveAsync(cancellationToken);

        frame.Should().BeNull("the third connection gets only a close; saw {0}", third.Describe());
        third.CloseStatus.Should().Be((WebSocketCloseStatus)1013);
    }
}
