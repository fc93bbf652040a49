namespace Netra.E2E.Shared.Contract;

/// <summary>The result of contract tool <c>token_counter</c>.</summary>
/// <param name="Characters">UTF-16 length of the text.</param>
/// <param name="Words">Number of whitespace-separated parts.</param>
/// <param name="EstimatedTokens">ceil(characters / 4).</param>
public sealed record TokenCount(int Characters, int Words, int EstimatedTokens);
