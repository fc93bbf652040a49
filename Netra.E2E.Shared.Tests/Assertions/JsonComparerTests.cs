using System.Text.Json;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Tests.Assertions;

public sealed class JsonComparerTests
{
    // Matches answers without messages what Differences answers with them: fields the expectation does not name are ignored,
    // arrays match whole and in order, numbers within a relative 1e-9.
    [TestCase("""{"a":1,"b":"x"}""", """{"b":"x","a":1}""", true)]
    [TestCase("""{"a":1}""", """{"a":1,"extra":true}""", true)]
    [TestCase("""{"a":{"b":2}}""", """{"a":{"b":2,"c":3}}""", true)]
    [TestCase("""{"a":1,"b":2}""", """{"a":1}""", false)]
    [TestCase("""{"a":1}""", """{"a":null}""", false)]
    [TestCase("""{"cost_usd":0.000008}""", """{"cost_usd":8E-06}""", true)]
    [TestCase("""{"cost_usd":0.000008}""", """{"cost_usd":0.000008000000001}""", true)]
    [TestCase("""{"cost_usd":0.000008}""", """{"cost_usd":0.000009}""", false)]
    [TestCase("""{"k":["a","b"]}""", """{"k":["a","b"]}""", true)]
    [TestCase("""{"k":["a","b"]}""", """{"k":["b","a"]}""", false)]
    [TestCase("""{"k":[{"a":1}]}""", """{"k":[{"a":1,"z":0}]}""", true)]
    [TestCase("""{"k":["a"]}""", """{"k":"a"}""", false)]
    [TestCase("""{"a\u0062":1}""", """{"ab":1}""", true)]
    [TestCase("""{"ab":1}""", """{"a\u0062":1}""", true)]
    [TestCase("""{"n":1}""", """{"n":"1"}""", false)]
    [TestCase("\"request\"", "\"request\"", true)]
    [TestCase("\"request\"", "\"Request\"", false)]
    public void Matches_IsTrueExactlyWhenThereIsNoDifference(string expected, string actual, bool matches)
    {
        var (e, a) = (JsonElement.Parse(expected), JsonElement.Parse(actual));

        var differences = JsonComparer.Differences(e, a, "result", "computed").ToList();

        JsonComparer.Matches(e, a).Should().Be(matches);
        differences.Should().HaveCount(matches ? 0 : 1, string.Join("; ", differences));
    }

    [Test]
    public void Matches_NothingSent_IsFalse() =>
        JsonComparer.Matches(JsonElement.Parse("""{"a":1}"""), null).Should().BeFalse();

    [Test]
    public void Differences_LazyPath_IsBuiltOnlyForADifference()
    {
        var built = 0;
        string Path() => $"path {++built}";
        var expected = JsonElement.Parse("""{"a":1}""");

        var none = JsonComparer.Differences(expected, JsonElement.Parse("""{"a":1,"b":2}"""), Path, "computed").ToList();
        var one = JsonComparer.Differences(expected, JsonElement.Parse("""{"a":2}"""), Path, "computed").ToList();

        none.Should().BeEmpty();
        one.Should().ContainSingle().Which.Should().StartWith("path 1.a: expected 1");
        built.Should().Be(1);
    }
}
