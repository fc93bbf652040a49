namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>One user: identity, optional password hash, and the editable profile (guarded by its own lock).</summary>
internal sealed class UserRecord(string id, string email, string name)
{
    private readonly Lock _gate = new();
    private string _name = name;
    private string? _avatarUrl;
    private string? _website;

    public string Id { get; } = id;

    public string Email { get; } = email;

    public byte[]? PasswordSalt { get; init; }

    public byte[]? PasswordHash { get; init; }

    public string Name
    {
        get
        {
            lock (_gate)
            {
                return _name;
            }
        }
    }

    public UserProfile Profile()
    {
        lock (_gate)
        {
            return new UserProfile(Id, Email, _name, _avatarUrl, _website);
        }
    }

    public UserProfile Update(string? name, Optional<string?> avatarUrl, Optional<string?> website)
    {
        lock (_gate)
        {
            _name = name ?? _name;
            _avatarUrl = avatarUrl.IsSet ? avatarUrl.Value : _avatarUrl;
            _website = website.IsSet ? website.Value : _website;
            return new UserProfile(Id, Email, _name, _avatarUrl, _website);
        }
    }
}
