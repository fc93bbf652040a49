using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class ContractCalculatorTests
{
    // "Hello world": 5 + 1 + 5 = 11 characters, 2 words, ceil(11 / 4) = ceil(2.75) = 3.
    [TestCase("Hello world", 11, 2, 3)]
    // Empty: 0 characters, 0 words, ceil(0 / 4) = 0.
    [TestCase("", 0, 0, 0)]
    // Exactly 4 characters: ceil(4 / 4) = 1; 5 characters: ceil(1.25) = 2.
    [TestCase("abcd", 4, 1, 1)]
    [TestCase("abcde", 5, 1, 2)]
    // "  leading and trailing  ": 2 + 7 + 1 + 3 + 1 + 8 + 2 = 24 characters; empty parts do not count: 3 words; 24 / 4 = 6.
    [TestCase("  leading and trailing  ", 24, 3, 6)]
    // "a\tb\nc\r\nd": a, tab, b, LF, c, CR, LF, d = 8 characters; tab, LF and CRLF all separate: 4 words; 8 / 4 = 2.
    [TestCase("a\tb\nc\r\nd", 8, 4, 2)]
    // "café\u00A0crème": 4 + 1 (no-break space) + 5 = 10 characters; NBSP is white space: 2 words; ceil(2.5) = 3.
    [TestCase("café\u00A0crème", 10, 2, 3)]
    // "東京\u3000大阪": 2 + 1 (ideographic space) + 2 = 5 characters, 2 words, ceil(1.25) = 2.
    [TestCase("東京\u3000大阪", 5, 2, 2)]
    // "a\u200Bb": the zero-width space is not white space: 3 characters, 1 word, ceil(0.75) = 1.
    [TestCase("a\u200Bb", 3, 1, 1)]
    // "👍 ok": the emoji is a surrogate pair, 2 UTF-16 units: 2 + 1 + 2 = 5 characters, 2 words, ceil(1.25) = 2.
    [TestCase("👍 ok", 5, 2, 2)]
    public void CountTokens_HandWorkedText_MatchesContract(string text, int characters, int words, int tokens)
    {
        ContractCalculator.CountTokens(text).Should().Be(new TokenCount(characters, words, tokens));
    }

    // the ×3 (case folded), cat ×2, then and, hat ×1 alphabetically.
    [TestCase("The cat and the hat. THE CAT!", new[] { "the", "cat", "and", "hat" })]
    // Words are letter runs: '-', ',' and digits split: data ×2, then driven, query, reports alphabetically.
    [TestCase("data-driven reports, data2024query", new[] { "data", "driven", "query", "reports" })]
    // All of 1 or 2 letters: nothing.
    [TestCase("a an to of is it 42", new string[0])]
    // Ties keep frequency first: beta ×2 and zeta ×2 (alphabetical), then alpha ×1.
    [TestCase("zeta zeta alpha beta beta", new[] { "beta", "zeta", "alpha" })]
    // Seven words, all ×1, alphabetical, top 5: alpha, beta, delta, epsilon, eta ("eta" has exactly 3 letters).
    [TestCase("alpha beta gamma delta epsilon zeta eta", new[] { "alpha", "beta", "delta", "epsilon", "eta" })]
    // Unicode letters count and fold: café ×2; then naïve before über (ordinal: 'n' U+006E < 'ü' U+00FC).
    [TestCase("Café CAFÉ naïve über", new[] { "café", "naïve", "über" })]
    // A combining accent (U+0301) is not a letter, so it ends the word: "cafe".
    [TestCase("cafe\u0301", new[] { "cafe" })]
    // Three letters outside the BMP (mathematical bold A, B, C: 6 UTF-16 units) are a 3-letter word.
    [TestCase("𝐀𝐁𝐂 ok", new[] { "𝐀𝐁𝐂" })]
    public void ExtractKeywords_HandWorkedText_MatchesContract(string text, string[] expected)
    {
        ContractCalculator.ExtractKeywords(text).Should().Equal(expected);
    }

    [Test]
    public void ExtractKeywords_OfALongText_CountsEveryWord()
    {
        var text = string.Join(" ", Enumerable.Repeat("Alpha beta", 150)) + " gamma 𝐀𝐁𝐂 " + new string('x', 400);

        ContractCalculator.ExtractKeywords(text).Should().Equal("alpha", "beta", "gamma", new string('x', 400), "𝐀𝐁𝐂");
        ContractCalculator.Words(text).Should().HaveCount(303).And.EndWith((new string('x', 400), 400));
    }

    // Every ASCII character between two letters either joins them into one word, lower-cased, or splits them, as the
    // framework's Unicode letter rule says (the calculator reads ASCII without decoding runes).
    [Test]
    public void Words_EachAsciiCharacter_JoinsOrSplitsAsUnicodeSays()
    {
        for (var c = (char)0; c < 0x80; c++)
        {
            var words = ContractCalculator.Words($"ab{c}CD").Select(w => w.Word).ToList();
            var letter = System.Text.Rune.IsLetter(new System.Text.Rune(c));
            var lower = System.Text.Rune.ToLowerInvariant(new System.Text.Rune(c)).ToString();
            words.Should().Equal(letter ? ["ab" + lower + "cd"] : ["ab", "cd"], $"U+{(int)c:X4} is {(letter ? "a" : "no")} letter");
        }
    }

    [Test]
    public void ExtractKeywords_WithTop_ReturnsThatMany()
    {
        ContractCalculator.ExtractKeywords("alpha beta gamma delta", top: 2).Should().Equal("alpha", "beta");
    }

    // 16 / 1000 × 0.0005 = 0.000008; 16 / 1000 × 0.0100 = 0.00016; 0 tokens cost 0; 2500 / 1000 × 0.0005 = 0.00125.
    [TestCase(16, "netra-small", 0.000008)]
    [TestCase(16, "netra-large", 0.00016)]
    [TestCase(0, "netra-small", 0.0)]
    [TestCase(2500, "netra-small", 0.00125)]
    public void EstimateCost_HandWorkedTokens_MatchesContract(int tokens, string model, double expected)
    {
        var estimate = ContractCalculator.EstimateCost(tokens, model);

        estimate.Model.Should().Be(model);
        estimate.CostUsd.Should().BeApproximately(expected, 1e-15);
    }

    [Test]
    public void EstimateCost_UnknownModel_ThrowsNamingTheKnownOnes()
    {
        var act = () => ContractCalculator.EstimateCost(10, "gpt-4");

        act.Should().Throw<ArgumentException>().WithMessage("*gpt-4*netra-small, netra-large*422*");
    }

    [TestCase("How can I reduce the monthly cost of our pipeline?", "optimization")]
    [TestCase("Optimise my SPEND", "optimization")]
    [TestCase("We are over BUDGET", "optimization")]
    [TestCase("Costs and data both", "optimization")]
    [TestCase("Show me the dataset", "data")]
    [TestCase("Please run this QUERY", "data")]
    [TestCase("Weekly report please", "data")]
    [TestCase("the metadata of it", "general")]
    [TestCase("Two queries, please", "data")]
    [TestCase("They accost us", "general")]
    [TestCase("Report-ready numbers", "data")]
    [TestCase("Hello there", "general")]
    [TestCase("Suggest an optimization", "optimization")]
    [TestCase("We are optimising it", "optimization")]
    [TestCase("An optimum", "general")]
    public void Categorize_Request_FollowsContractMentions(string request, string expected)
    {
        ContractCalculator.Categorize(request).Should().Be(expected);
    }

    [Test]
    public void SummaryQuote_LongRequest_IsFirst80Characters()
    {
        var request = new string('x', 79) + "yz" + new string('w', 20);

        ContractCalculator.SummaryQuote(request).Should().Be(new string('x', 79) + "y");
    }

    [Test]
    public void SummaryQuote_LetterOutsideTheBmpAtCharacter80_CountsAsOneCharacter()
    {
        var request = new string('x', 79) + "𝒜" + "tail";

        ContractCalculator.SummaryQuote(request).Should().Be(new string('x', 79) + "𝒜");
        ContractCalculator.SummaryOverQuote(request).Should().Be(new string('x', 79) + "𝒜t");
    }

    [Test]
    public void SummaryOverQuote_RequestOf80CharactersOrFewer_IsNull()
    {
        ContractCalculator.SummaryOverQuote(new string('x', 80)).Should().BeNull();
    }
}
