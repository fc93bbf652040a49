using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// The current test's tier and legacy number as one output line, <c>Traits: Category=Critical; Legacy=001; Catches=a,b</c>.
/// The TRX logger drops NUnit categories and properties (it only exports MSTest's own category property), so the line in
/// the test's output is what carries them into TRX and JUnit, and what the run report reads.
/// </summary>
public static class TestTraits
{
    /// <summary>The line for the current test (categories are collected from the test and its fixture).</summary>
    public static string Line() => Line(TestExecutionContext.CurrentContext.CurrentTest);

    /// <summary>The tier (Critical, High, Pipeline) of the current test, from it or its fixture; "other" when it has none.</summary>
    public static string Tier()
    {
        for (ITest? node = TestExecutionContext.CurrentContext.CurrentTest; node is not null; node = node.Parent)
        {
            if (node.Properties.Get("Tier") is string tier)
            {
                return tier;
            }
        }

        return "other";
    }

    /// <summary>The line for <paramref name="test"/>.</summary>
    public static string Line(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var categories = new List<string>();
        for (var node = test; node is not null; node = node.Parent)
        {
            // Never the indexer: PropertyBag's indexer adds an empty entry for a missing key, and the fixture's and assembly's
            // bags are shared by tests tearing down in parallel ("An item with the same key has already been added").
            if (node.Properties.ContainsKey(PropertyNames.Category))
            {
                categories.AddRange(node.Properties[PropertyNames.Category].OfType<string>().Where(c => !categories.Contains(c)));
            }
        }

        var parts = new List<string> { $"Category={string.Join(",", categories)}" };
        foreach (var name in new[] { "Legacy", "Catches" })
        {
            if (test.Properties.Get(name) is string value && value.Length > 0)
            {
                parts.Add($"{name}={value}");
            }
        }

        return "Traits: " + string.Join("; ", parts);
    }
}
