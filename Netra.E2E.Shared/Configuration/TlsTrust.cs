using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Netra.E2E.Shared.Configuration;

/// <summary>The one certificate-validation rule of the suite: pinned certificate when the target has one, else the system's trust.</summary>
public static class TlsTrust
{
    /// <summary>
    /// A callback for <see cref="SslClientAuthenticationOptions.RemoteCertificateValidationCallback"/> and
    /// <c>ClientWebSocketOptions.RemoteCertificateValidationCallback</c>: with a pin, only a certificate whose SHA-256
    /// hash equals the pin's is accepted; without one, only a chain the system trusts for this host.
    /// </summary>
    public static RemoteCertificateValidationCallback For(X509Certificate2? pinned)
    {
        if (pinned is null)
        {
            return static (_, _, _, errors) => errors == SslPolicyErrors.None;
        }

        var expected = pinned.GetCertHash(HashAlgorithmName.SHA256);
        return (_, certificate, _, _) =>
            certificate is not null && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), expected);
    }
}
