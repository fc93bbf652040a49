using NUnit.Framework;

namespace Netra.E2E.Shared.Testing;

/// <summary>Links a test to the Python suite it replaces (e.g. <c>001</c>, or <c>test_1 HealthCheck</c>) as the NUnit property
/// <c>Legacy</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LegacyAttribute : PropertyAttribute
{
    /// <summary>Records the legacy test number or name.</summary>
    public LegacyAttribute(string number)
        : base("Legacy", number) => Number = number;

    /// <summary>The legacy number or name.</summary>
    public string Number { get; }
}
