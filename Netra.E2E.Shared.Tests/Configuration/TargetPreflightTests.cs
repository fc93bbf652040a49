using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Network;

namespace Netra.E2E.Shared.Tests.Configuration;

public sealed class TargetPreflightTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private static ReferenceServer _server = null!;

    [OneTimeSetUp]
    public static async Task StartBackendAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _server = await ReferenceServer.StartAsync(new ReferenceServerOptions { JwtSecret = new string('s', 40) }, deadline.Token);
    }

    [OneTimeTearDown]
    public static async Task StopBackendAsync() => await _server.DisposeAsync();

    private static NetraTarget Target(string backend, string auth, X509Certificate2? pin = null) =>
        TargetResolver.Resolve(Layers.Settings(new Dictionary<string, string>
        {
            ["NETRA_E2E_TARGET"] = "custom",
            ["NETRA_BACKEND_URL"] = backend,
            ["NETRA_AUTH_URL"] = auth,
        })) with { PinnedCertificate = pin };

    private static async Task<(TargetUnreachableException Error, TimeSpan Elapsed)> PreflightFailureAsync(NetraTarget target,
        TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var check = () => TargetPreflight.CheckAsync(target, timeout, CancellationToken.None);
        var error = (await check.Should().ThrowAsync<TargetUnreachableException>()).Which;
        return (error, clock.Elapsed);
    }

    [Test]
    public async Task Check_WithReachablePinnedBackend_Passes()
    {
        var target = Target(_server.BackendUrl.ToString(), _server.AuthUrl.ToString(), _server.Certificate);

        await TargetPreflight.CheckAsync(target, Budget, CancellationToken.None);
    }

    [Test]
    public async Task Check_WithClosedPort_FailsFastAsRefusedNamingTheHost()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (error, elapsed) = await PreflightFailureAsync(Target($"https://127.0.0.1:{port}", _server.AuthUrl.ToString(),
            _server.Certificate), Budget);

        error.Cause.Should().Be(UnreachableCause.Refused, error.Message);
        error.Message.Should().Contain($"127.0.0.1:{port}").And.Contain("connection refused");
        elapsed.Should().BeLessThan(Budget);
    }

    [Test]
    public async Task Check_WithUnresolvableHost_FailsFastAsDnsNamingTheHost()
    {
        var (error, elapsed) = await PreflightFailureAsync(
            Target("https://netra-e2e-preflight-check.invalid", _server.AuthUrl.ToString(), _server.Certificate), Budget);

        error.Cause.Should().Be(UnreachableCause.Dns, error.Message);
        error.Message.Should().Contain("netra-e2e-preflight-check.invalid").And.Contain("DNS");
        elapsed.Should().BeLessThan(Budget);
    }

    [Test]
    public async Task Check_WithCertificateOtherThanThePin_FailsAsTls()
    {
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = new CertificateRequest("CN=someone-else", otherKey, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var (error, _) = await PreflightFailureAsync(Target(_server.BackendUrl.ToString(), _server.AuthUrl.ToString(), other), Budget);

        error.Cause.Should().Be(UnreachableCause.Tls, error.Message);
        error.Message.Should().Contain(_server.BackendUrl.Host).And.Contain("TLS");
    }

    [Test]
    public async Task Check_WithServerThatNeverAnswersTheTlsHandshake_FailsAsTimeoutAtItsDeadline()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            var timeout = TimeSpan.FromSeconds(1);

            var (error, elapsed) = await PreflightFailureAsync(Target($"https://127.0.0.1:{port}", _server.AuthUrl.ToString(),
                _server.Certificate), timeout);

            error.Cause.Should().Be(UnreachableCause.Timeout, error.Message);
            error.Message.Should().Contain("TLS handshake");
            // 50 ms of slack below the timeout covers a timer that fires a tick (1 to 16 ms) early.
            elapsed.Should().BeGreaterThanOrEqualTo(timeout - TimeSpan.FromMilliseconds(50)).And.BeLessThan(timeout
                + TimeSpan.FromSeconds(1));
        }
        finally
        {
            silent.Stop();
        }
    }
}
