namespace Netra.E2E.Report;

/// <summary>The command line: <c>--trx &lt;dir or file&gt;...</c> <c>[--evidence dir]</c> <c>[--matrix json]</c>
/// <c>[--coverage md]</c> <c>[--out dir]</c>.</summary>
internal sealed record ReportOptions(IReadOnlyList<string> TrxFiles, string? Evidence, string? Matrix, string? Coverage, string Output)
{
    /// <summary>How to call the program.</summary>
    public const string Usage =
        "usage: Netra.E2E.Report --trx <dir or .trx file>... [--evidence <dir>] [--matrix <fault-matrix.json>] " +
            "[--coverage <contract-coverage.md>] [--out <dir>] (default artifacts/report)";

    /// <summary>Parses <paramref name="args"/>; a TRX folder contributes every <c>*.trx</c> below it. Throws <see
    /// cref="ArgumentException"/> when invalid.</summary>
    public static ReportOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var arg in args)
        {
            if (arg is "--trx" or "--evidence" or "--matrix" or "--coverage" or "--out")
            {
                current = values.TryGetValue(arg, out var list) ? list : values[arg] = [];
            }
            else if (current is null || arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unknown argument '{arg}'");
            }
            else
            {
                current.Add(arg);
            }
        }

        var trx = values.GetValueOrDefault("--trx") ?? [];
        var files = trx.SelectMany(Expand).Distinct(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new ArgumentException(trx.Count == 0 ? "--trx is required" : $"no .trx file found in: {string.Join(", ", trx)}");
        }

        return new ReportOptions(files, Single(values, "--evidence"), Single(values, "--matrix"), Single(values, "--coverage"),
            Single(values, "--out") ?? Path.Combine("artifacts", "report"));
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.trx", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new ArgumentException($"--trx: '{path}' is neither a folder nor a file");

    private static string? Single(Dictionary<string, List<string>> values, string name) =>
        values.TryGetValue(name, out var list)
            ? list.Count == 1 ? list[0] : throw new ArgumentException($"{name} takes exactly one value")
            : null;
}
