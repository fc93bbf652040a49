using Netra.E2E.Load.Thresholds;

namespace Netra.E2E.Load.Tests;

public sealed class ThresholdParserTests
{
    [TestCase("first_event_p95_ms=250", "first_event_p95_ms", 250)]
    [TestCase("welcome_p99_ms<=1500.5", "welcome_p99_ms", 1500.5)]
    [TestCase(" completion_p50_ms = 10 ", "completion_p50_ms", 10)]
    [TestCase("error_rate=0.01", "error_rate", 0.01)]
    [TestCase("violations=0", "violations", 0)]
    [TestCase("http_request_p99.9_ms=40", "http_request_p99.9_ms", 40)]
    public void Parse_AValidThreshold_ReadsNameAndLimit(string text, string name, double limit)
    {
        var threshold = ThresholdParser.Parse(text);

        threshold.Should().Be(new Threshold(name, limit));
    }

    [TestCase("first_event_p95_ms", "not name=value")]
    [TestCase("latency_p95_ms=10", "unknown name")]
    [TestCase("first_event_p95=10", "unknown name")]
    [TestCase("first_event_p95_ms=-1", "not a non-negative number")]
    [TestCase("first_event_p95_ms=abc", "not a non-negative number")]
    [TestCase("error_rate=2", "between 0 and 1")]
    [TestCase("first_event_p0_ms=5", "unknown name")]
    public void Parse_ABadThreshold_FailsNamingTheProblem(string text, string problem)
    {
        var parse = () => ThresholdParser.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"*{problem}*");
    }

    [Test]
    public void Apply_AnOverride_ReplacesTheDefaultOfTheSameNameAndKeepsTheOthers()
    {
        var applied = ThresholdParser.Apply(DefaultThresholds.All, ["first_event_p95_ms=250", "token_p50_ms=100"]);

        applied.Should().ContainSingle(t => t.Name == "first_event_p95_ms").Which.Limit.Should().Be(250);
        applied.Should().Contain(new Threshold("token_p50_ms", 100));
        applied.Should().HaveCount(DefaultThresholds.All.Count + 1);
    }
}
