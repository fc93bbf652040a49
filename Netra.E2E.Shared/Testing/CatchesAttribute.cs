using NUnit.Framework;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// Names faults of contract section 8 that this test must fail on (the "catches" column of TIERS.md). The fault
/// matrix reads it and reports a miss when the test passes against one of them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CatchesAttribute : PropertyAttribute
{
    /// <summary>Records the faults this test must catch.</summary>
    public CatchesAttribute(params string[] faults)
        : base("Catches", string.Join(",", faults)) => Faults = faults;

    /// <summary>The faults this test must catch.</summary>
    public IReadOnlyList<string> Faults { get; }
}
