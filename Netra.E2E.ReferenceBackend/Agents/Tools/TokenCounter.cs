namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>
/// <c>token_counter</c>: characters = UTF-16 length, words = whitespace-separated parts,
/// estimated_tokens = ceil(characters / 4).
/// </summary>
internal static class TokenCounter
{
    public const string Name = "token_counter";

    /// <summary>The count; <paramref name="countRunes"/> (fault <c>token-counter-counts-runes</c>) counts scalar values instead.</summary>
    public static TokenCount Count(string text, bool countRunes = false)
    {
        var characters = countRunes ? text.EnumerateRunes().Count() : text.Length;
        return new(characters, text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, (characters + 3) / 4);
    }
}
