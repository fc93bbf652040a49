namespace Netra.E2E.FaultMatrix;

/// <summary>
/// Builds the NUnit adapter's <c>NUnit.Where</c> selection of tests by full method name. A vstest
/// <c>--TestCaseFilter</c> cannot select every case of a parameterized test exactly (the adapter's filter converter
/// does not accept an escaped parenthesis), while <c>method ==</c> selects all cases of a method and nothing else.
/// </summary>
internal static class NUnitWhere
{
    public static string ForMethods(IEnumerable<string> fullMethodNames)
    {
        var byClass = fullMethodNames
            .Distinct(StringComparer.Ordinal)
            .Select(Split)
            .GroupBy(m => m.Class, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"(class == '{g.Key}' && ({string.Join(" || ", g.Select(m => $"method == '{m.Method}'"))}))")
            .ToList();
        if (byClass.Count == 0)
        {
            throw new ArgumentException("a selection needs at least one test", nameof(fullMethodNames));
        }

        return string.Join(" || ", byClass);
    }

    private static (string Class, string Method) Split(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        if (dot <= 0 || dot == fullName.Length - 1 || fullName.Contains('\'', StringComparison.Ordinal))
        {
            throw new ArgumentException($"not a full method name: {fullName}", nameof(fullName));
        }

        return (fullName[..dot], fullName[(dot + 1)..]);
    }
}
