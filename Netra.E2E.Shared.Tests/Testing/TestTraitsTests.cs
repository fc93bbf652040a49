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
}
