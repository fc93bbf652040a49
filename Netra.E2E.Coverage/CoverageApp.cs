namespace Netra.E2E.Coverage;

/// <summary>The command line: <c>[--require-all] [--root DIR] [--tests PATH/Netra.E2E.Staging.dll] [--output FILE]</c>.</summary>
internal static class CoverageApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requireAll = false;
        string? root = null, tests = null, output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--require-all": requireAll = true; break;
                case "--root" when i + 1 < args.Length: root = args[++i]; break;
                case "--tests" when i + 1 < args.Length: tests = args[++i]; break;
                case "--output" when i + 1 < args.Length: output = args[++i]; break;
                default:
                    await Console.Error.WriteLineAsync($"contract coverage: unknown option {args[i]}; " +
                        "use [--require-all] [--root DIR] [--tests DLL] [--output FILE]").ConfigureAwait(false);
                    return 2;
            }
        }

        root ??= FindRoot();
        tests ??= Path.Combine(root, "Netra.E2E.Staging", "bin", BuiltConfiguration(), "net10.0", "Netra.E2E.Staging.dll");
        output ??= Path.Combine(root, "artifacts", "contract-coverage.md");
        IReadOnlyList<ContractClause> clauses;
        try
        {
            clauses = ContractParser.Parse(await File.ReadAllTextAsync(Path.Combine(root, "docs", "CONTRACT.md")).ConfigureAwait(false));
        }
        catch (Exception e) when (e is ContractFormatException or IOException)
        {
            await Console.Error.WriteLineAsync($"contract coverage: docs/CONTRACT.md: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        if (!File.Exists(tests))
        {
            await Console.Error.WriteLineAsync($"contract coverage: no built tests at {tests}: build the solution first")
                .ConfigureAwait(false);
            return 2;
        }

        var report = CoverageReport.Build(clauses, VerifiesReader.Read(tests));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report.ToMarkdown()).ConfigureAwait(false);
        foreach (var (id, test) in report.Unknown)
        {
            await Console.Error.WriteLineAsync($"contract coverage: ERROR: {test} names {id}, which is no clause of docs/CONTRACT.md")
                .ConfigureAwait(false);
        }

        var unverified = report.Unverified.Select(c => c.Id).ToList();
        Console.WriteLine($"contract coverage: {clauses.Count} clauses, {report.Checkable} checkable, {unverified.Count} not verified " +
            $"({(requireAll ? "required" : "not yet required")}); report: {output}");
        Console.WriteLine(report.SummaryLine);
        return report.ExitCode(requireAll);
    }

    /// <summary>The configuration this tool was built in (bin/&lt;configuration&gt;/net10.0), so it reads tests built alike.</summary>
    private static string BuiltConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Netra.E2E.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
