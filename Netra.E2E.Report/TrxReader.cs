using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Netra.E2E.Report;

/// <summary>
/// Reads VSTest TRX files: each <c>UnitTestResult</c> (outcome, duration, message, attached evidence) joined with its
/// <c>UnitTest</c> definition (class, categories), and the run's settings block from the run-level output.
/// </summary>
internal static partial class TrxReader
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Reads one TRX file: its tests, settings block and the SLO lines of the tests' output; text is redacted with
    /// <paramref name="redactor"/>.</summary>
    public static (IReadOnlyList<TestRecord> Tests, string? Settings, IReadOnlyList<SloMeasurement> Slos) Read(
        string path, ReportRedactor redactor)
    {
        var document = XDocument.Load(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var deployment = document.Descendants(Ns + "Deployment").FirstOrDefault()?.Attribute("runDeploymentRoot")?.Value;
        var definitions = document.Descendants(Ns + "UnitTest").ToDictionary(t => (string)t.Attribute("id")!, Definition.From);
        var results = document.Descendants(Ns + "UnitTestResult").ToList();
        var tests = results.Select(r => ToRecord(r, definitions, folder, deployment, redactor)).ToList();
        var slos = results.Zip(tests, (r, t) => SloMeasurement.Parse(StdOut(r), t.ShortName, redactor)).SelectMany(s => s).ToList();
        // The set-up writes its header to the error channel (a run information entry); older runs wrote it to StdOut.
        var summary = document.Descendants(Ns + "ResultSummary");
        var runOutput = summary.Descendants(Ns + "Text").Select(t => t.Value)
            .Concat(summary.Elements(Ns + "Output").Elements(Ns + "StdOut").Select(o => o.Value))
            .Select(SettingsBlock)
            .FirstOrDefault(block => block is not null);
        return (tests, runOutput is null ? null : redactor.Redact(runOutput), slos);
    }

    private static TestRecord ToRecord(
        XElement result, Dictionary<string, Definition> definitions, string folder, string? deployment, ReportRedactor redactor)
    {
        var definition = definitions.GetValueOrDefault((string)result.Attribute("testId")!);
        var displayName = (string?)result.Attribute("testName") ?? "(unnamed)";
        var className = definition?.ClassName ?? string.Empty;
        var stdout = StdOut(result);
        var traits = TraitLine().Match(stdout) is { Success: true } m ? ParseTraits(m.Groups["traits"].Value) : [];
        var category = (definition is { Categories.Count: > 0 } ? definition.Categories[0] : null)
            ?? traits.GetValueOrDefault("Category")?.Split(',')[0] ?? TierFromName(className, definition);
        var message = result.Element(Ns + "Output")?.Element(Ns + "ErrorInfo")?.Element(Ns + "Message")?.Value
            ?? string.Join(Environment.NewLine, result.Descendants(Ns + "Text").Select(t => t.Value));
        var duration = TimeSpan.TryParse((string?)result.Attribute("duration"), CultureInfo.InvariantCulture,
            out var d) ? d : TimeSpan.Zero;
        var evidence = result.Descendants(Ns + "ResultFile").Select(f => (string?)f.Attribute("path")).FirstOrDefault(p => p is not null);
        var evidencePath = evidence is null || deployment is null
            ? null
            : Path.Combine(folder, deployment, "In", (string?)result.Attribute("relativeResultsDirectory") ?? string.Empty, evidence);
        var fullName = className.Length == 0 ? displayName : $"{className}.{displayName}";
        return new TestRecord(
            redactor.Redact(fullName), category, traits.GetValueOrDefault("Legacy"), OutcomeOf((string?)result.Attribute("outcome")),
                duration,
            redactor.Redact(message.Trim()), evidencePath);
    }

    private static string StdOut(XElement result) => result.Element(Ns + "Output")?.Element(Ns + "StdOut")?.Value ?? string.Empty;

    private static TestOutcomeKind OutcomeOf(string? outcome) => outcome switch
    {
        "Passed" => TestOutcomeKind.Passed,
        "Failed" or "Error" or "Timeout" or "Aborted" => TestOutcomeKind.Failed,
        _ => TestOutcomeKind.Skipped,
    };

    private static Dictionary<string, string> ParseTraits(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[1].Length > 0)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    /// <summary>Without a category: the tier folder of a tier test, else the test project's short name.</summary>
    private static string TierFromName(string className, Definition? definition)
    {
        var parts = className.Split('.');
        if (parts.Length > 3 && parts[2] == "Staging")
        {
            return parts[3];
        }

        var assembly = Path.GetFileNameWithoutExtension(definition?.CodeBase ?? string.Empty);
        return assembly.StartsWith("Netra.E2E.", StringComparison.OrdinalIgnoreCase) ? assembly["Netra.E2E.".Length..] : "Other";
    }

    /// <summary>The block the assembly set-up prints: from "Netra.E2E settings:" to "target ready" (at most 40 lines).</summary>
    internal static string? SettingsBlock(string? output)
    {
        var lines = (output ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("Netra.E2E settings:", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start, l => l.StartsWith("target ready", StringComparison.Ordinal));
        var count = Math.Min(end < 0 ? lines.Length - start : end - start + 1, 40);
        return string.Join(Environment.NewLine, lines.Skip(start).Take(count));
    }

    [GeneratedRegex("^Traits: (?<traits>.*)$", RegexOptions.Multiline)]
    private static partial Regex TraitLine();

    private sealed record Definition(string ClassName, string? CodeBase, IReadOnlyList<string> Categories)
    {
        public static Definition From(XElement test)
        {
            var method = test.Element(Ns + "TestMethod");
            var categories = test.Descendants(Ns + "TestCategoryItem").Select(c => (string?)c.Attribute("TestCategory")).OfType<string>();
            return new Definition((string?)method?.Attribute("className") ?? string.Empty, (string?)method?.Attribute("codeBase"),
                [.. categories]);
        }
    }
}
