namespace Netra.E2E.Coverage;

/// <summary>docs/CONTRACT.md cannot be read as a list of clauses (no clause, a repeated id, an id outside a clause line).</summary>
internal sealed class ContractFormatException(string message) : Exception(message);
