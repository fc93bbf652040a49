using System.Diagnostics;
using System.Net;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Hosting;

[CancelAfter(20_000)]
public sealed class HostingTests
{
    [Test]
    public async Task StartAsync_FreshServer_FirstRequestAnsweredWithinTwoSeconds(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var server = new TestServer(await ReferenceServer.StartAsync(TestServers.Defaults(), cancellationToken));

        var health = await server.GetAsync("/health", null, cancellationToken);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        health.Status.Should().Be(HttpStatusCode.OK, health.ToString());
        server.Server.BackendUrl.Scheme.Should().Be("https");
        server.Server.BackendUrl.Port.Should().NotBe(server.Server.AuthUrl.Port);
        server.Server.WebSocketUrl.ToString().Should().Be($"wss://127.0.0.1:{server.Server.BackendUrl.Port}/ws");
    }

    [Test]
    public async Task StartAsync_ShortSecret_RefusedBeforeBinding(CancellationToken cancellationToken)
    {
        var start = () => ReferenceServer.StartAsync(TestServers.Defaults() with { JwtSecret = "too-short" }, cancellationToken);

        await start.Should().ThrowAsync<ArgumentException>();
    }

    [Test]
    public void CommandLine_HttpsFaultsAndStyle_ParsedIntoOptions()
    {
        var (options, _) = CommandLine.Parse(["--https", "--faults", "ws-stall,no-rate-limit", "--ws-auth-failure", "close", "--jwt-secret", new string('s', 40)]);

        options.BackendUrl.Should().Be(new Uri("https://127.0.0.1:8000"));
        options.AuthUrl.Should().Be(new Uri("https://127.0.0.1:8081"));
        options.Faults.Enabled.Should().BeEquivalentTo("ws-stall", "no-rate-limit");
        options.WsAuthFailure.Should().Be(WsAuthFailureStyle.Close);
    }

    [Test]
    public void CommandLine_UnknownFault_Refused() =>
        FluentActions.Invoking(() => CommandLine.Parse(["--faults", "made-up"])).Should().Throw<ArgumentException>().WithMessage("*made-up*");
}
