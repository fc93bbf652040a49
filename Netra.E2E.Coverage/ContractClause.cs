namespace Netra.E2E.Coverage;

/// <summary>One clause of docs/CONTRACT.md: its id, and the reason when it is not checkable end-to-end.</summary>
internal sealed record ContractClause(string Id, int Line, string? NotCheckableReason)
{
    public bool Checkable => NotCheckableReason is null;
}
