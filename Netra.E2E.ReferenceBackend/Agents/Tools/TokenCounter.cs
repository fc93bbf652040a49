namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>
/// <c>token_counter</c>: characters = UTF-16 length, words = whitespace-separated parts,
/// estimated_tokens = ceil(characters / 4).
/// </summary>
internal static class TokenCounter
{
    public const string Name = "token_counter";

    public static TokenCount Count(string text) =>
        new(text.Length, text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, (text.Length + 3) / 4);
}
