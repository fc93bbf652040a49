namespace Netra.E2E.Coverage;

/// <summary>One test (class.method) and the clause ids its <c>[Verifies]</c> names.</summary>
internal sealed record TestVerifies(string Test, IReadOnlyList<string> Clauses);
