namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>The result of <see cref="TokenCounter"/>.</summary>
internal sealed record TokenCount(int Characters, int Words, int EstimatedTokens);
