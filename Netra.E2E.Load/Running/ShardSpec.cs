using System.Globalization;

namespace Netra.E2E.Load.Running;

/// <summary>
/// One slice of the users: shard <see cref="Index"/> of <see cref="Count"/> owns every user k with k mod Count = Index.
/// Round-robin rather than contiguous ranges, so every shard sees early and late users of a ramp alike.
/// </summary>
/// <param name="Index">Zero-based shard index.</param>
/// <param name="Count">Number of shards.</param>
internal readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole run as one shard.</summary>
    public static ShardSpec Whole { get; } = new(0, 1);

    /// <summary>Parses <c>i/n</c> (0 ≤ i &lt; n).</summary>
    /// <exception cref="FormatException">The text is not <c>i/n</c> with 0 ≤ i &lt; n.</exception>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count > 0 && index < count)
        {
            return new ShardSpec(index, count);
        }

        throw new FormatException($"--shard '{text}' is not i/n with 0 <= i < n (e.g. 0/4).");
    }

    /// <summary>Whether global user <paramref name="user"/> belongs to this shard.</summary>
    public bool Owns(int user) => user % Count == Index;

    /// <summary>The global indices of this shard's users among <paramref name="users"/>.</summary>
    public IEnumerable<int> UsersOf(int users) => Enumerable.Range(0, users).Where(Owns);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
