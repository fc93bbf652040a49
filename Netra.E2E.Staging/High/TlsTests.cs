using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using FluentAssertions;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Network;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.High;

[High]
public sealed class TlsTests : E2ETest
{
    [Test]
    [Legacy("032")]
    [Catches("no-security-headers")]
    [Verifies("CFG-TLS-1", "CFG-TLS-2", "CFG-TLS-3", "CFG-TLS-4", "HTTP-HEADERS-5")]
    public async Task Tls_OfBackendAndAuth_IsTrustedVersion12OrLaterWithHsts()
    {
        if (Target.IsPlainHttp)
        {
            NotApplicable($"the target is plain HTTP ({Target.BackendUrl}, {Target.AuthUrl}, {Target.WebSocketUrl}): there is no TLS to " +
                $"check");
        }

        foreach (var service in new[] { Target.BackendUrl, Target.AuthUrl })
        {
            service.Scheme.Should().Be("https", "the service {0} must be served over TLS", service);
            var (protocol, certificate) = await HandshakeAsync(service, TlsTrust.For(Target.PinnedCertificate, Target.CustomTrust));
            protocol.Should().BeOneOf([SslProtocols.Tls12, SslProtocols.Tls13], "{0} must negotiate TLS 1.2 or later", service);
            if (Target.PinnedCertificate is { } pinned)
            {
                certificate.GetCertHashString(HashAlgorithmName.SHA256).Should().Be(pinned.GetCertHashString(HashAlgorithmName.SHA256),
                    "{0} must present the certificate the suite pinned for the embedded backend", service);
            }
        }

        Target.WebSocketUrl.Scheme.Should().Be("wss", "the WebSocket must be served over TLS");

        var health = await Backend.GetAsync("/health", Cancellation);
        health.Should().HaveStatus(200);
        var hsts = health.Header("Strict-Transport-Security");
        Hsts.MaxAge(hsts).Should().BeGreaterThanOrEqualTo(Hsts.MinimumMaxAge,
            "HTTPS answers must carry Strict-Transport-Security with max-age of at least a day; it was {0} on {1}", hsts ?? "absent",
                health.Describe());

        // On a pinned target (local) the handshakes above prove the pin is accepted; prove it is the only trust.
        if (Target.PinnedCertificate is not null)
        {
            await ExpectOnlyThePinIsTrustedAsync();
        }
    }

    private async Task ExpectOnlyThePinIsTrustedAsync()
    {
        using var impostor = SelfSigned();
        using (var otherPin = new NetraHttp(new NetraHttpOptions { PinnedCertificate = impostor, MaxRetries = 0 }))
        {
            await ExpectTlsRefusalAsync(otherPin, "a different pinned certificate");
        }

        using (var systemTrust = new NetraHttp(new NetraHttpOptions { PinnedCertificate = null, MaxRetries = 0 }))
        {
            await ExpectTlsRefusalAsync(systemTrust, "the system's trust store");
        }

        var endpoint = WebSocketEndpoint.For(Target) with { PinnedCertificate = impostor };
        var connect = async () => await NetraWebSocketClient.ConnectAsync(endpoint, WebSocketConnectOptions.Anonymous, Evidence,
            Cancellation);
        var refused = await connect.Should().ThrowAsync<WebSocketConnectException>(
            "a WebSocket that trusts a different pin must fail the TLS handshake with the embedded backend's certificate");
        HasTlsCause(refused.Which).Should().BeTrue("the WebSocket connect must fail on TLS, but failed with: {0}", refused.Which.Message);
    }

    private async Task ExpectTlsRefusalAsync(NetraHttp http, string trust)
    {
        var client = http.CreateClient(Target.BackendUrl, Evidence);
        var call = async () => await client.GetAsync("/health", Cancellation);
        var refused = await call.Should().ThrowAsync<ApiRequestException>(
            "a client trusting {0} must not accept the pinned certificate, but GET /health got an answer", trust);
        HasTlsCause(refused.Which).Should().BeTrue("the call trusting {0} must fail on TLS, but failed with: {1}", trust,
            refused.Which.ToString());
    }

    private async Task<(SslProtocols Protocol, X509Certificate2 Certificate)> HandshakeAsync(Uri service,
        RemoteCertificateValidationCallback trust)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(service.Host, service.Port, Cancellation);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = service.Host,
            RemoteCertificateValidationCallback = trust }, Cancellation);
        var certificate = tls.RemoteCertificate as X509Certificate2
            ?? throw new AssertionException($"{service} completed the TLS handshake without presenting a certificate");
        return (tls.SslProtocol, certificate);
    }

    private static bool HasTlsCause(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AuthenticationException)
            {
                return true;
            }
        }

        return false;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }
}
