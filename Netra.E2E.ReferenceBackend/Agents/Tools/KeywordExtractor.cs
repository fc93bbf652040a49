namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>
/// <c>keyword_extractor</c>: words are maximal runs of letters (<see cref="System.Text.Rune.IsLetter(System.Text.Rune)"/>), lower-cased
/// invariantly; those of 3+ letters are ranked by frequency descending, then alphabetically (ordinal).
/// </summary>
internal static class KeywordExtractor
{
    public const string Name = "keyword_extractor";
    public const int DefaultTop = 5;

    public static IReadOnlyList<string> Extract(string text, int top)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new System.Text.StringBuilder();
        var letters = 0;
        void Flush()
        {
            if (letters >= 3)
            {
                var key = word.ToString().ToLowerInvariant();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            word.Clear();
            letters = 0;
        }

        // Runes, not chars: a letter outside the BMP (a surrogate pair) is still one letter.
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsLetter(rune))
            {
                word.Append(rune.ToString());
                letters++;
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return [.. counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(pair => pair.Key)];
    }
}
