using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.Http;

// The clients against the real reference backend over HTTPS/WSS with its per-start certificate pinned.
[Parallelizable(ParallelScope.All)]
public sealed class ReferenceBackendTlsTests
{
    private const string JwtSecret = "reference-tls-tests-secret-0123456789abcdef";
    private ReferenceServer _server = null!;
    private NetraTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await ReferenceServer.StartAsync(new ReferenceServerOptions { JwtSecret = JwtSecret,
            BypassKey = "reference-bypass-key-0123456789" }, CancellationToken.None);
        var layers = new SettingsLayers(_ => null);
        var local = new LocalBackend(_server.BackendUrl, _server.AuthUrl, _server.WebSocketUrl, _server.Certificate, new Secret(JwtSecret,
            "reference backend"));
        _target = TargetResolver.Resolve(new E2ESettings { Layers = layers, RequestTimeout = TimeSpan.FromSeconds(3),
            ConnectTimeout = TimeSpan.FromSeconds(3) }, local);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task Get_PinnedCertificate_HealthAnswers()
    {
        using var http = NetraHttp.For(_target);
        var log = new EvidenceLog("tls");

        var health = await http.Backend(log).GetAsync("/health", CancellationToken.None);

        _target.BackendUrl.Scheme.Should().Be("https");
        health.Should().HaveStatus(200).And.HaveJsonString("status", "healthy");
        log.HasNetworkEvidence.Should().BeTrue();
    }

    [Test]
    public async Task Get_CertificateNotPinned_FailsNamingTls()
    {
        using var http = new NetraHttp(new NetraHttpOptions { RequestTimeout = TimeSpan.FromSeconds(3) });

        var failure = await FluentActions.Awaiting(() => http.CreateClient(_target.BackendUrl, new EvidenceLog("tls")).GetAsync("/health",
            CancellationToken.None))
            .Should().ThrowAsync<ApiRequestException>();

        failure.Which.Message.Should().Contain("TLS handshake failed").And.EndWith("(after 1 attempt).");
    }

    [Test]
    public async Task WebSocket_PinnedCertificate_ConnectsAndGetsTheWelcome()
    {
        var log = new EvidenceLog("wss");
        using var http = NetraHttp.For(_target);
        var token = new E2EAuthHelper(_target, http.Auth(log)).MintUser().AccessToken;

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using (var client = await NetraWebSocketClient.ConnectAsync(_target, WebSocketConnectOptions.WithToken(token), log,
            deadline.Token))
        {
            var welcome = await client.WaitForWelcomeAsync(deadline.Token);
            welcome.Json.Str("data.event").Should().Be("connection_established");
        }

        log.WebSocketSessions.Should().ContainSingle().Which.HandshakeStatus.Should().NotBeNull();
        log.Render().Should().NotContain(token).And.NotContain(JwtSecret);
    }

    [Test]
    public async Task WebSocket_CertificateNotPinned_FailsNamingTheCause()
    {
        var endpoint = WebSocketEndpoint.For(_target) with { PinnedCertificate = null };

        var failure = await FluentActions.Awaiting(() => NetraWebSocketClient.ConnectAsync(endpoint, WebSocketConnectOptions.Anonymous,
            new EvidenceLog("wss"), CancellationToken.None))
            .Should().ThrowAsync<WebSocketConnectException>();

        failure.Which.Message.Should().StartWith($"WebSocket connect to {_target.WebSocketUrl}").And.Contain("SSL");
    }
}
