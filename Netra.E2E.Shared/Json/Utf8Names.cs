namespace Netra.E2E.Shared.Json;

/// <summary>
/// A fixed set of strings found by their UTF-8 bytes: the set's own string instance, or null for anything else. Readers
/// of every frame and event use it for the contract's names (field names, frame types), so a name read by the thousand is
/// one shared string rather than a new one each time, and compares by reference.
/// </summary>
internal sealed class Utf8Names
{
    private readonly string[] _names;
    private readonly byte[][] _utf8;

    // The indexes of the names of each length (at most a few), so a candidate is compared with those only.
    private readonly int[][] _ofLength;

    public Utf8Names(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names;
        _utf8 = Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);
        var longest = _utf8.Length == 0 ? 0 : _utf8.Max(n => n.Length);
        _ofLength = Enumerable.Range(0, longest + 1)
            .Select(length => Enumerable.Range(0, _utf8.Length).Where(k => _utf8[k].Length == length).ToArray())
            .ToArray();
    }

    /// <summary>The set's string whose UTF-8 bytes are <paramref name="utf8"/> exactly (unescaped), or null.</summary>
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= _ofLength.Length)
        {
            return null;
        }

        foreach (var k in _ofLength[utf8.Length])
        {
            if (SameBytes(_utf8[k], utf8))
            {
                return _names[k];
            }
        }

        return null;
    }

    // Equal lengths, compared by hand: the span helpers' generic instantiations for bytes are not precompiled with this
    // assembly, so a short load run would call them unoptimised.
    private static bool SameBytes(byte[] known, ReadOnlySpan<byte> candidate)
    {
        for (var i = 0; i < known.Length; i++)
        {
            if (known[i] != candidate[i])
            {
                return false;
            }
        }

        return true;
    }
}
