namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>
/// <c>keyword_extractor</c>: words are maximal runs of letters (<see cref="System.Text.Rune.IsLetter(System.Text.Rune)"/>), lower-cased
/// invariantly; those of 3+ letters are ranked by frequency descending, then alphabetically (ordinal).
/// </summary>
internal static class KeywordExtractor
{
    public const string Name = "keyword_extractor";
    public const int DefaultTop = 5;

    /// <summary>
    /// The keywords; without <paramref name="alphabeticalTies"/> (fault <c>keyword-ties-unordered</c>) ties keep text order.
    /// </summary>
    public static IReadOnlyList<string> Extract(string text, int top, bool alphabeticalTies = true)
    {
        var ranked = Words.Of(text)
            .Where(w => w.Letters >= 3)
            .GroupBy(w => w.Word, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count());
        var ordered = alphabeticalTies ? ranked.ThenBy(group => group.Key, StringComparer.Ordinal) : ranked;
        return [.. ordered.Take(top).Select(group => group.Key)];
    }
}
