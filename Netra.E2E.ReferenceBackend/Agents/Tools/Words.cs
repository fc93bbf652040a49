using System.Text;

namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>
/// Contract 6's words and characters: a word is a maximal run of Unicode letters, lower-cased invariantly; a character
/// of a summary is a Unicode scalar value; a request mentions a term when one of its words starts with it.
/// </summary>
internal static class Words
{
    public static IEnumerable<(string Word, int Letters)> Of(string text)
    {
        var word = new StringBuilder();
        var letters = 0;
        foreach (var rune in text.EnumerateRunes().Append(new Rune(' ')))
        {
            if (Rune.IsLetter(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                letters++;
                continue;
            }

            if (letters > 0)
            {
                yield return (word.ToString(), letters);
            }

            word.Clear();
            letters = 0;
        }
    }

    public static bool Mentions(string text, IEnumerable<string> terms) =>
        Of(text).Any(w => terms.Any(t => w.Word.StartsWith(t, StringComparison.Ordinal)));

    /// <summary>The first <paramref name="count"/> Unicode scalar values of <paramref name="text"/> (all of it when shorter).</summary>
    public static string FirstCharacters(string text, int count)
    {
        var end = 0;
        var taken = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (taken == count)
            {
                break;
            }

            end += rune.Utf16SequenceLength;
            taken++;
        }

        return text[..end];
    }
}
