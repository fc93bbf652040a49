using NUnit.Framework.Internal;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Shared.Tests.Testing;

public sealed class TestTraitsTests
{
    [Test]
    public void Line_OfATestUnderAFixtureWithoutCategory_CollectsCategoriesAndLeavesTheFixtureUntouched()
    {
        var fixture = new TestSuite("Fixture");
        var test = new TestSuite("Fixture", "Case");
        fixture.Add(test);
        test.Properties.Add(PropertyNames.Category, "Critical");
        test.Properties.Add("Legacy", "001");

        var line = TestTraits.Line(test);

        line.Should().Be("Traits: Category=Critical; Legacy=001");
        // Reading must not write: the fixture's bag is shared by every test of it, tearing down in parallel.
        fixture.Properties.Keys.Should().BeEmpty();
    }

    [Test]
    public void Line_FromManyThreadsAtOnce_NeverFails()
    {
        var fixture = new TestSuite("Fixture");
        var tests = Enumerable.Range(0, 64).Select(i => new TestSuite("Fixture", $"Case{i}")).ToList();
        foreach (var test in tests)
        {
            fixture.Add(test);
            test.Properties.Add(PropertyNames.Category, "High");
        }

        var lines = tests.AsParallel().WithDegreeOfParallelism(8).Select(TestTraits.Line).ToList();

        lines.Should().AllBe("Traits: Category=High");
    }
}
