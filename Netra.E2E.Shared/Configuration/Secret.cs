using System.Security.Cryptography;
using System.Text;

namespace Netra.E2E.Shared.Configuration;

/// <summary>
/// A secret value (JWT secret, bypass key, password) that prints only as its source and fingerprint.
/// The value itself is readable only inside this assembly, by the code that signs or sends it.
/// </summary>
public sealed class Secret
{
    private readonly string _value;

    /// <summary>Wraps a value and records where it came from (a variable name or "generated").</summary>
    public Secret(string value, string source)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
        Source = source;
        Fingerprint = FingerprintOf(value);
    }

    /// <summary>Where the value came from.</summary>
    public string Source { get; }

    /// <summary>First 8 hex digits of the SHA-256 of the value.</summary>
    public string Fingerprint { get; }

    /// <summary>Length of the value in characters.</summary>
    public int Length => _value.Length;

    /// <summary>First 8 hex digits of SHA-256 over the UTF-8 bytes of <paramref name="value"/>.</summary>
    public static string FingerprintOf(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..8];

    /// <summary>
    /// Whether <paramref name="text"/> contains the value (ordinal), so a test can check that an answer does not leak the
    /// secret without ever seeing it.
    /// </summary>
    public bool IsContainedIn(string? text) => text is not null && text.Contains(_value, StringComparison.Ordinal);

    /// <summary>The value; only for the signer or the request that must carry it.</summary>
    internal string Reveal() => _value;

    /// <inheritdoc />
    public override string ToString() => $"<redacted, from {Source}, sha256:{Fingerprint}>";
}
