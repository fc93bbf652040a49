namespace Netra.E2E.Shared.Tests.Layout;

/// <summary>The repository's C# sources, found from the test assembly's folder up to the solution file.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every tracked-looking .cs file under <paramref name="folder"/> (build outputs left out).</summary>
    public static IEnumerable<string> CSharpFiles(string folder = "") =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Netra.E2E.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Netra.E2E.sln above {AppContext.BaseDirectory}: these checks read the repository's " +
            $"sources.");
    }
}
