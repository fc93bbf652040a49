using NUnit.Framework;

namespace Netra.E2E.Shared.Testing;

/// <summary>Puts a test in the High tier: <c>dotnet test --filter Category=High</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class HighAttribute : CategoryAttribute
{
    /// <summary>Creates the category.</summary>
    public HighAttribute()
        : base("High")
    {
    }
}
