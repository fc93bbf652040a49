using System.Reflection;

namespace Netra.E2E.ReferenceBackend.Faults;

/// <summary>The named faults of contract section 8 that are switched on; each reproduces one real defect.</summary>
public sealed class FaultSet
{
    /// <summary>
    /// Every fault name the reference backend knows: the string constants of <c>Fault</c> (all its parts), in
    /// declaration order, so each name is defined once.
    /// </summary>
    public static readonly IReadOnlyList<string> Known =
    [
        .. typeof(Fault).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    private readonly HashSet<string> _enabled;

    private FaultSet(HashSet<string> enabled) => _enabled = enabled;

    /// <summary>No fault: a correct server.</summary>
    public static FaultSet None { get; } = new([]);

    /// <summary>The enabled fault names.</summary>
    public IReadOnlyCollection<string> Enabled => _enabled;

    /// <summary>True when the named fault is switched on.</summary>
    public bool Has(string fault) => _enabled.Contains(fault);

    /// <summary>Parses a comma-separated list (blank means none); an unknown name throws with the list of known ones.</summary>
    public static FaultSet Parse(string? commaSeparated)
    {
        var names = (commaSeparated ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return From(names);
    }

    /// <summary>Builds a set from names; an unknown name throws with the list of known ones.</summary>
    public static FaultSet From(IEnumerable<string> names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!Known.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"Unknown reference-backend fault '{name}'. Known faults: {string.Join(", ", Known)}.", nameof(names));
            }

            set.Add(name);
        }

        return new FaultSet(set);
    }

    /// <inheritdoc />
    public override string ToString() => _enabled.Count == 0 ? "none" : string.Join(",", _enabled.Order(StringComparer.Ordinal));
}
