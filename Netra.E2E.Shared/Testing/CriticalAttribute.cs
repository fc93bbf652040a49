using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Netra.E2E.Shared.Testing;

/// <summary>Puts a test in the Critical tier: <c>dotnet test --filter Category=Critical</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class CriticalAttribute : CategoryAttribute, IApplyToTest
{
    /// <summary>Creates the category.</summary>
    public CriticalAttribute()
        : base("Critical")
    {
    }

    /// <summary>Adds the category, and the property <c>Tier</c> that vstest exports as a trait (JUnit property).</summary>
    void IApplyToTest.ApplyToTest(Test test)
    {
        ApplyToTest(test);
        test.Properties.Set("Tier", "Critical");
    }
}
