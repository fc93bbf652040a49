using NUnit.Framework;

namespace Netra.E2E.Shared.Testing;

/// <summary>Puts a test in the Critical tier: <c>dotnet test --filter Category=Critical</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class CriticalAttribute : CategoryAttribute
{
    /// <summary>Creates the category.</summary>
    public CriticalAttribute()
        : base("Critical")
    {
    }
}
