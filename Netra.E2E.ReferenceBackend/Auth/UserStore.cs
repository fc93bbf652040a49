using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// Users by id and by (lower-cased) email for those who registered with a password; the oldest are evicted by
/// <see cref="UserDataLimit"/>. Thread-safe.
/// </summary>
internal sealed class UserStore
{
    private readonly ConcurrentDictionary<string, UserRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UserRecord> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly VariantStyle _style;
    private readonly UserDataLimit _limit;

    public UserStore(VariantStyle style, UserDataLimit limit)
    {
        _style = style;
        _limit = limit;
        limit.OnEvict(Remove);
    }

    /// <summary>Users held now.</summary>
    public int Count => _byId.Count;

    /// <summary>The choices the contract leaves open (id shapes, the status of a create).</summary>
    public VariantStyle Style => _style;

    /// <summary>Adds a password user; false when the email is taken.</summary>
    public bool TryRegister(string email, string name, string password, out UserRecord user)
    {
        var (salt, hash) = PasswordHasher.Hash(password);
        var candidate = new UserRecord(_style.NewId("usr"), email, name) { PasswordSalt = salt, PasswordHash = hash };
        if (!_byEmail.TryAdd(email, candidate))
        {
            user = _byEmail[email];
            return false;
        }

        _byId[candidate.Id] = candidate;
        _limit.Seen(candidate.Id);
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
    public UserRecord GetOrAdd(string userId, string email, string? name)
    {
        var user = _byId.GetOrAdd(userId, id => new UserRecord(id, email, string.IsNullOrWhiteSpace(name) ? LocalPart(email) : name));
        _limit.Seen(userId);
        return user;
    }

    private void Remove(string userId)
    {
        if (_byId.TryRemove(userId, out var user) && user.PasswordHash is not null)
        {
            _byEmail.TryRemove(new KeyValuePair<string, UserRecord>(user.Email, user));
        }
    }

    public static string LocalPart(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? email[..at] : email;
    }
}
