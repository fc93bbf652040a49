using NUnit.Framework;

namespace Netra.E2E.Shared.Testing;

/// <summary>Puts a test in the Pipeline tier: <c>dotnet test --filter Category=Pipeline</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PipelineAttribute : CategoryAttribute
{
    /// <summary>Creates the category.</summary>
    public PipelineAttribute()
        : base("Pipeline")
    {
    }
}
