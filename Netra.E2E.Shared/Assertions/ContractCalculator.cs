using System.Text;

namespace Netra.E2E.Shared.Assertions;

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

    // "optimi[sz]e" is read as the stem optimi[sz]-, so "optimization" and "optimising" count: a user asking for an
    // optimization expects the optimization category (decision recorded in the closing note of the tiers).
    private static readonly string[] OptimizationMarks = ["cost", "spend", "budget", "optimiz", "optimis"];
    private static readonly string[] DataMarks = ["data", "dataset", "query", "report"];

    /// <summary>
    /// <c>token_counter</c>: characters = UTF-16 length; words = parts separated by <see cref="char.IsWhiteSpace(char)"/>
    /// characters, empty parts not counted; estimated_tokens = ceil(characters / 4).
    /// </summary>
    public static TokenCount CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
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

            if (letters >= 3)
            {
                var key = word.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            word.Clear();
            letters = 0;
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top).Select(p => p.Key).ToList();
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
            throw new ArgumentException($"Unknown model \"{model}\": contract 6 prices only {string.Join(", ", Rates.Keys)}; the target must answer 422.", nameof(model));
        }

        return new CostEstimate(model, estimatedTokens / 1000.0 * rate);
    }

    /// <summary>
    /// The triage category: <c>optimization</c> when the invariantly lower-cased request contains "cost", "spend", "budget",
    /// or the stem "optimiz"/"optimis" as a substring; else <c>data</c> when it contains "data", "dataset", "query" or
    /// "report"; else <c>general</c>. Substrings: "costs", "spending", "optimization" count, and so do "accost" and "metadata".
    /// </summary>
    public static string Categorize(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lower = request.ToLowerInvariant();
        return OptimizationMarks.Any(m => lower.Contains(m, StringComparison.Ordinal)) ? "optimization"
            : DataMarks.Any(m => lower.Contains(m, StringComparison.Ordinal)) ? "data"
            : "general";
    }

    /// <summary>
    /// The request's first 80 UTF-16 characters, which <c>result.summary</c> must contain; one fewer when the 80th
    /// would split a surrogate pair.
    /// </summary>
    public static string SummaryQuote(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Length <= SummaryQuoteLength)
        {
            return request;
        }

        var length = char.IsHighSurrogate(request[SummaryQuoteLength - 1]) ? SummaryQuoteLength - 1 : SummaryQuoteLength;
        return request[..length];
    }
}
