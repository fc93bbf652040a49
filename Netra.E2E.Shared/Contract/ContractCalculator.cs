using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Netra.E2E.Shared.Contract;

/// <summary>The deterministic computations of contract section 6, so a test can compute what the target must answer.</summary>
public static class ContractCalculator
{
    /// <summary>How many keywords <c>keyword_extractor</c> returns when <c>top</c> is not given: 5.</summary>
    public const int DefaultKeywordCount = 5;

    /// <summary>How many leading characters of the request <c>result.summary</c> quotes: 80.</summary>
    public const int SummaryQuoteLength = 80;

    private static readonly Dictionary<string, double> Rates = new(StringComparer.Ordinal)
    {
        ["netra-small"] = 0.0005,
        ["netra-large"] = 0.0100,
    };

    private static readonly string[] OptimizationTerms = ["cost", "spend", "budget", "optimis", "optimiz"];
    private static readonly string[] DataTerms = ["data", "quer", "report"];

    /// <summary>
    /// <c>token_counter</c>: characters = UTF-16 length; words = parts separated by <see cref="char.IsWhiteSpace(char)"/>
    /// characters, empty parts not counted; estimated_tokens = ceil(characters / 4).
    /// </summary>
    public static TokenCount CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // A word starts at each non-white-space character that follows white space or the start.
            var white = char.IsWhiteSpace(c);
            words += !white && !inWord ? 1 : 0;
            inWord = !white;
        }

        return new TokenCount(text.Length, words, (text.Length + 3) / 4);
    }

    /// <summary>
    /// <c>keyword_extractor</c>: a word is a maximal run of Unicode letters (<see cref="Rune.IsLetter"/>, so a letter outside
    /// the BMP counts once); words of 3+ letters, lower-cased invariantly, ordered by frequency descending then ordinally,
    /// the first <paramref name="top"/> (default 5).
    /// </summary>
    public static IReadOnlyList<string> ExtractKeywords(string text, int top = DefaultKeywordCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        // Counted by the word's characters: a string is made once per distinct word, not once per word. Each distinct word gets
        // a slot (first-seen order) in two lists, which the ranking below walks without sorting a list of pairs.
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySlot = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        var counts = new List<int>();
        var buffer = text.Length <= 128 ? stackalloc char[256] : new char[2 * text.Length];
        for (var i = 0; NextWord(text, ref i, buffer, out var letters) is var length and > 0;)
        {
            if (letters < 3)
            {
                continue;
            }

            if (bySlot.TryGetValue(buffer[..length], out var slot))
            {
                counts[slot]++;
            }
            else
            {
                var word = new string(buffer[..length]);
                slots.Add(word, words.Count);
                words.Add(word);
                counts.Add(1);
            }
        }

        return Ranked(words, counts, top);
    }

    // The first `top` words by count descending, then ordinally: words are distinct, so the order is total. Picked one by one
    // (top is small), not by sorting all of them.
    private static List<string> Ranked(List<string> words, List<int> counts, int top)
    {
        var ranked = new List<string>(Math.Min(top, words.Count));
        var taken = new bool[words.Count];
        while (ranked.Count < top && ranked.Count < words.Count)
        {
            var best = -1;
            for (var k = 0; k < words.Count; k++)
            {
                if (!taken[k] && (best < 0 || counts[k] > counts[best]
                    || (counts[k] == counts[best] && string.CompareOrdinal(words[k], words[best]) < 0)))
                {
                    best = k;
                }
            }

            taken[best] = true;
            ranked.Add(words[best]);
        }

        return ranked;
    }

    /// <summary>
    /// Contract 6's words: maximal runs of Unicode letters (<see cref="Rune.IsLetter"/>), lower-cased invariantly, each with
    /// its number of letters (a letter outside the BMP counts once).
    /// </summary>
    public static IEnumerable<(string Word, int Letters)> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[2 * text.Length];
        for (var i = 0; NextWord(text, ref i, buffer, out var letters) is var length and > 0;)
        {
            yield return (new string(buffer, 0, length), letters);
        }
    }

    /// <summary>Whether <paramref name="model"/> has a rate (<c>netra-small</c>, <c>netra-large</c>).</summary>
    public static bool IsKnownModel(string model) => Rates.ContainsKey(model);

    /// <summary><c>cost_estimator</c>: cost_usd = estimated_tokens / 1000 × rate (netra-small 0.0005, netra-large 0.0100).</summary>
    /// <exception cref="ArgumentException">The model is unknown; the target must answer 422 for it.</exception>
    public static CostEstimate EstimateCost(int estimatedTokens, string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!Rates.TryGetValue(model, out var rate))
        {
            throw new ArgumentException($"Unknown model \"{model}\": contract 6 prices only {string.Join(", ", Rates.Keys)}; the target " +
                $"must answer 422.", nameof(model));
        }

        return new CostEstimate(model, estimatedTokens / 1000.0 * rate);
    }

    /// <summary>
    /// The triage category (contract v2 section 6): <c>optimization</c> when the request mentions cost, spend, budget, optimis
    /// or optimiz; else <c>data</c> when it mentions data, quer or report; else <c>general</c>. A request mentions a term when
    /// one of its words starts with it, so "costs", "queries" and "optimization" count, and "accost" and "metadata" do not.
    /// </summary>
    public static string Categorize(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = Words(request).Select(w => w.Word).ToList();
        bool MentionsAny(string[] terms) => words.Exists(w => Array.Exists(terms, t => w.StartsWith(t, StringComparison.Ordinal)));
        return MentionsAny(OptimizationTerms) ? "optimization" : MentionsAny(DataTerms) ? "data" : "general";
    }

    /// <summary>
    /// The request's first 80 characters (Unicode scalar values, so a letter outside the BMP counts once), which
    /// <c>result.summary</c> must contain; the whole request when shorter.
    /// </summary>
    public static string SummaryQuote(string request) => FirstCharacters(request, SummaryQuoteLength);

    /// <summary>
    /// The request's first 81 characters when it is longer than 80, which <c>result.summary</c> must not contain (contract
    /// v2: the summary quotes the first 80 characters "and no more of it"); null for a request of 80 characters or fewer.
    /// </summary>
    public static string? SummaryOverQuote(string request)
    {
        var quote = FirstCharacters(request, SummaryQuoteLength + 1);
        return quote.Length > SummaryQuote(request).Length ? quote : null;
    }

    private static string FirstCharacters(string text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = 0;
        for (var taken = 0; taken < count && end < text.Length; taken++)
        {
            // An unpaired surrogate decodes as one replacement character of width 1, as EnumerateRunes yields it.
            _ = Rune.DecodeFromUtf16(text.AsSpan(end), out _, out var width);
            end += width;
        }

        return text[..end];
    }

    // The next word at or after position i, lower-cased into buffer (twice the text's length always suffices: a rune's lower
    // case is one rune): its length in characters and its letters, or 0 after the last word. One rune at a time (a letter
    // outside the BMP is one; an unpaired surrogate is no letter), then a virtual space that ends the last word.
    private static int NextWord(string text, ref int i, Span<char> buffer, out int letters)
    {
        var length = 0;
        letters = 0;
        while (i <= text.Length)
        {
            // An ASCII character is a letter exactly when it is A-Z or a-z, and its lower case is that bit set: most requests
            // are ASCII, so they are read without decoding a rune per character.
            if (i < text.Length && text[i] is var c and < (char)0x80)
            {
                i++;
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    buffer[length++] = (char)(c | 0x20);
                    letters++;
                    continue;
                }

                if (letters > 0)
                {
                    return length;
                }

                continue;
            }

            var rune = new Rune(' ');
            var width = 1;
            if (i < text.Length && Rune.DecodeFromUtf16(text.AsSpan(i), out var decoded, out var consumed) == OperationStatus.Done)
            {
                (rune, width) = (decoded, consumed);
            }

            i += width;
            if (Rune.IsLetter(rune))
            {
                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer[length..]);
                letters++;
                continue;
            }

            if (letters > 0)
            {
                return length;
            }
        }

        return 0;
    }
}
