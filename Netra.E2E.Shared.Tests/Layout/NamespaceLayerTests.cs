using System.Text.RegularExpressions;

namespace Netra.E2E.Shared.Tests.Layout;

/// <summary>
/// The namespaces of Netra.E2E.Shared form layers: no namespace uses one that uses it back, directly or through others.
/// A use is a <c>using</c> directive, a qualified name (<c>Netra.E2E.Shared.Json.NetraTime</c>) or a sibling-relative one
/// (<c>Json.NetraTime</c>).
/// </summary>
public sealed partial class NamespaceLayerTests
{
    private const string Prefix = "Netra.E2E.Shared.";

    [Test]
    public void SharedNamespaces_ImportEachOther_NeverInACycle()
    {
        var graph = Graph(SourceTree.CSharpFiles("Netra.E2E.Shared"));

        graph.Keys.Should().Contain(["Json", "Frames", "Http", "WebSockets", "Events", "Oracle"],
            "the library's layers are where they were put");
        var cycles = graph.Keys.Select(start => CycleFrom(start, graph)).Where(c => c is not null).Select(c => string.Join(" -> ",
            c!)).Distinct();
        cycles.Should().BeEmpty("a namespace of Netra.E2E.Shared must not use one that uses it back; the uses are:{0}{1}",
            Environment.NewLine, string.Join(Environment.NewLine, graph.Select(p => $"  {p.Key} -> {string.Join(", ", p.Value.Order())}")));
    }

    [Test]
    public void CycleCheck_OfTwoFilesUsingEachOther_FindsTheCycle()
    {
        var a = Write("namespace Netra.E2E.Shared.Alpha;\nusing Netra.E2E.Shared.Beta;\nclass A {}");
        var b = Write("namespace Netra.E2E.Shared.Beta;\nclass B { Alpha.A? a; }");

        var graph = Graph([a, b]);

        CycleFrom("Alpha", graph).Should().Equal("Alpha", "Beta", "Alpha");
    }

    private static Dictionary<string, HashSet<string>> Graph(IEnumerable<string> files)
    {
        var sources = files.Select(File.ReadAllText)
            .Select(text => (Namespace: NamespaceLine().Match(text) is { Success: true } m ? m.Groups[1].Value : null, Text: text))
            .Where(s => s.Namespace is not null)
            .ToList();
        var names = sources.Select(s => s.Namespace!).ToHashSet(StringComparer.Ordinal);
        var graph = names.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (own, text) in sources)
        {
            var code = DirectiveLine().Replace(text, string.Empty);
            foreach (var other in names.Where(n => n != own))
            {
                var qualified = Regex.Escape(Prefix + other) + @"(?![A-Za-z0-9_])";
                var relative = @"(?<![A-Za-z0-9_.])" + Regex.Escape(other) + @"\.[A-Z]";
                if (Regex.IsMatch(text, @"^using (static )?" + qualified, RegexOptions.Multiline)
                    || Regex.IsMatch(code, qualified) || Regex.IsMatch(code, relative))
                {
                    graph[own!].Add(other);
                }
            }
        }

        return graph;
    }

    private static List<string>? CycleFrom(string start, Dictionary<string, HashSet<string>> graph)
    {
        var path = new List<string> { start };
        return Walk(start, start, graph, path, []);
    }

    private static List<string>? Walk(
        string start, string at, Dictionary<string, HashSet<string>> graph, List<string> path, HashSet<string> seen)
    {
        foreach (var next in graph[at].Order(StringComparer.Ordinal))
        {
            if (next == start)
            {
                return [.. path, next];
            }

            if (seen.Add(next))
            {
                path.Add(next);
                if (Walk(start, next, graph, path, seen) is { } found)
                {
                    return found;
                }

                path.RemoveAt(path.Count - 1);
            }
        }

        return null;
    }

    private static string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"netra-layer-{Guid.NewGuid():N}.cs");
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex(@"^namespace Netra\.E2E\.Shared\.([A-Za-z.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^(using|namespace) .*$", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();
}
