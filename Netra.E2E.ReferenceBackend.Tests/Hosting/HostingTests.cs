using System.Diagnostics;
using System.Net;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Variants;
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
        var (options, _, certificateFile) = CommandLine.Parse(
            ["--https", "--faults", "ws-stall,no-rate-limit", "--ws-auth-failure", "close", "--jwt-secret", new string('s', 40),
             "--variant", "alternate", "--heartbeat-seconds", "7", "--cert-out", "cert.pem"]);

        options.BackendUrl.Should().Be(new Uri("https://127.0.0.1:8000"));
        options.AuthUrl.Should().Be(new Uri("https://127.0.0.1:8081"));
        options.Faults.Enabled.Should().BeEquivalentTo("ws-stall", "no-rate-limit");
        options.WsAuthFailure.Should().Be(WsAuthFailureStyle.Close);
        options.Variant.Should().Be(ReferenceVariant.Alternate);
        options.HeartbeatInterval.Should().Be(TimeSpan.FromSeconds(7));
        certificateFile.Should().Be("cert.pem");
    }

    [TestCase("--variant", "sideways")]
    [TestCase("--heartbeat-seconds", "0")]
    [TestCase("--cert-out", "cert.pem")]
    public void CommandLine_BadVariantHeartbeatOrCertWithoutHttps_IsRefused(string option, string value)
    {
        var parse = () => CommandLine.Parse([option, value, "--jwt-secret", new string('s', 40)]);

        parse.Should().Throw<ArgumentException>().WithMessage($"*{option.TrimStart('-').Split('-')[0]}*");
    }

    [Test]
    public void CommandLine_UnknownFault_Refused() =>
        FluentActions.Invoking(() => CommandLine.Parse(["--faults", "made-up"])).Should().Throw<ArgumentException>()
            .WithMessage("*made-up*");
}
