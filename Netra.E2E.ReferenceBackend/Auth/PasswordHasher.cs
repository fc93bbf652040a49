using System.Security.Cryptography;
using System.Text;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>PBKDF2-SHA256 password hashes with a per-user salt, compared in constant time.</summary>
internal static class PasswordHasher
{
    // A test server hashes on every register and login of many parallel users on 2 cores:
    // 10 000 iterations keeps that fast while still being a real key-derivation function.
    private const int Iterations = 10_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static (byte[] Salt, byte[] Hash) Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return (salt, Derive(password, salt));
    }

    public static bool Verify(string password, byte[] salt, byte[] expected) =>
        CryptographicOperations.FixedTimeEquals(Derive(password, salt), expected);

    private static byte[] Derive(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
