using NUnit.Framework;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// Names the clauses of <c>docs/CONTRACT.md</c> (e.g. <c>REST-THREADS-2</c>) this test verifies, as the NUnit property
/// <c>Verifies</c>. The contract-coverage check reads it and reports every checkable clause no test verifies.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class VerifiesAttribute : PropertyAttribute
{
    /// <summary>Records the clauses this test verifies.</summary>
    public VerifiesAttribute(params string[] clauses)
        : base("Verifies", string.Join(",", clauses)) => Clauses = clauses;

    /// <summary>The clause ids this test verifies.</summary>
    public IReadOnlyList<string> Clauses { get; }
}
