using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Network;

/// <summary>
/// The one certificate-validation rule of the suite: the pinned certificate when the target has one (the embedded
/// backend), else the system's trust, widened by the certificates of <c>NETRA_E2E_CA_CERT</c> when the user names some.
/// </summary>
public static class TlsTrust
{
    /// <summary>
    /// A callback for <see cref="SslClientAuthenticationOptions.RemoteCertificateValidationCallback"/> and
    /// <c>ClientWebSocketOptions.RemoteCertificateValidationCallback</c>: with a pin, only a certificate whose SHA-256
    /// hash equals the pin's is accepted; without one, a chain the system trusts for this host, or (with
    /// <paramref name="customTrust"/>) a certificate for this host that is one of them or chains to one of them.
    /// </summary>
    public static RemoteCertificateValidationCallback For(X509Certificate2? pinned, X509Certificate2Collection? customTrust = null)
    {
        if (pinned is not null)
        {
            var expected = pinned.GetCertHash(HashAlgorithmName.SHA256);
            return (_, certificate, _, _) =>
                certificate is not null && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256),
                    expected);
        }

        if (customTrust is not { Count: > 0 })
        {
            return static (_, _, _, errors) => errors == SslPolicyErrors.None;
        }

        return (_, certificate, _, errors) =>
            errors == SslPolicyErrors.None
            || (errors == SslPolicyErrors.RemoteCertificateChainErrors && certificate is not null && ChainsTo(certificate, customTrust));
    }

    private static bool ChainsTo(X509Certificate certificate, X509Certificate2Collection trusted)
    {
        using var leaf = new X509Certificate2(certificate);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }
}
