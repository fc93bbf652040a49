using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Netra.E2E.Shared.Configuration;

/// <summary>The certificates of <c>NETRA_E2E_CA_CERT</c>: trusted for a custom HTTPS target besides the system store.</summary>
public static class CaCertificates
{
    /// <summary>Reads every certificate of a PEM file; null for no file. A file without one is a configuration error.</summary>
    public static X509Certificate2Collection? LoadPem(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (CryptographicException ex)
        {
            throw new ConfigurationException("NETRA_E2E_CA_CERT", $"'{path}' is not a PEM certificate file: {ex.Message}");
        }

        return certificates.Count > 0
            ? certificates
            : throw new ConfigurationException("NETRA_E2E_CA_CERT", $"'{path}' holds no PEM certificate.");
    }
}
