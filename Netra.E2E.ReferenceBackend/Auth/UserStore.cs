using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>Users by id and by (lower-cased) email for those who registered with a password. Thread-safe.</summary>
internal sealed class UserStore(VariantStyle style)
{
    private readonly ConcurrentDictionary<string, UserRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UserRecord> _byEmail = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The choices the contract leaves open (id shapes, the status of a create).</summary>
    public VariantStyle Style => style;

    /// <summary>Adds a password user; false when the email is taken.</summary>
    public bool TryRegister(string email, string name, string password, out UserRecord user)
    {
        var (salt, hash) = PasswordHasher.Hash(password);
        var candidate = new UserRecord(style.NewId("usr"), email, name) { PasswordSalt = salt, PasswordHash = hash };
        if (!_byEmail.TryAdd(email, candidate))
        {
            user = _byEmail[email];
            return false;
        }

        _byId[candidate.Id] = candidate;
        user = candidate;
        return true;
    }

    /// <summary>The password user with that email when the password matches, else null.</summary>
    public UserRecord? CheckPassword(string email, string password)
    {
        if (_byEmail.TryGetValue(email, out var user) && user.PasswordHash is { } hash && user.PasswordSalt is { } salt)
        {
            return PasswordHasher.Verify(password, salt, hash) ? user : null;
        }

        // Same work for an unknown email, so timing does not reveal which emails exist.
        PasswordHasher.Verify(password, new byte[16], new byte[32]);
        return null;
    }

    /// <summary>True when a password user registered with that email.</summary>
    public bool IsRegistered(string email) => _byEmail.ContainsKey(email);

    public UserRecord? Find(string userId) => _byId.GetValueOrDefault(userId);

    /// <summary>The user with that id, created from token claims when only a token has been seen (bypass, minted).</summary>
    public UserRecord GetOrAdd(string userId, string email, string? name) =>
        _byId.GetOrAdd(userId, id => new UserRecord(id, email, string.IsNullOrWhiteSpace(name) ? LocalPart(email) : name));

    public static string LocalPart(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? email[..at] : email;
    }
}
