using System.Xml.Linq;

namespace Netra.E2E.FaultMatrix;

/// <summary>Reads per-test outcomes and the first line of each failure message from a TRX file.</summary>
internal static class TrxReader
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static IReadOnlyList<TestOutcome> Read(string path)
    {
        var document = XDocument.Load(path);
        var names = document.Descendants(Ns + "UnitTest").ToDictionary(
            t => (string)t.Attribute("id")!,
            t =>
            {
                var method = t.Element(Ns + "TestMethod")!;
                return $"{(string)method.Attribute("className")!}.{(string)method.Attribute("name")!}";
            });
        return document.Descendants(Ns + "UnitTestResult")
            .Select(r =>
            {
                var message = r.Descendants(Ns + "Message").FirstOrDefault()?.Value ?? string.Empty;
                var first = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .FirstOrDefault() ?? string.Empty;
                var id = (string)r.Attribute("testId")!;
                var name = names.GetValueOrDefault(id, (string)r.Attribute("testName")!);
                return new TestOutcome(name, (string)r.Attribute("outcome")!, first);
            })
            .ToList();
    }
}
