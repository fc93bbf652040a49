namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>
/// <c>keyword_extractor</c>: words are maximal runs of letters (<see cref="char.IsLetter(char)"/>), lower-cased
/// invariantly; those of 3+ letters are ranked by frequency descending, then alphabetically (ordinal).
/// </summary>
internal static class KeywordExtractor
{
    public const string Name = "keyword_extractor";
    public const int DefaultTop = 5;

    public static IReadOnlyList<string> Extract(string text, int top)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                if (i - start >= 3)
                {
                    var word = text[start..i].ToLowerInvariant();
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }

                start = -1;
            }
        }

        return [.. counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(pair => pair.Key)];
    }
}
