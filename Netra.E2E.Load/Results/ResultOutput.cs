using Netra.E2E.Load.Reporting;

namespace Netra.E2E.Load.Results;

/// <summary>Writes a result where the README says: <c>&lt;out&gt;/&lt;name&gt;.json</c> and <c>&lt;out&gt;/report.html</c>.</summary>
internal static class ResultOutput
{
    /// <summary>Writes both files and returns the JSON's path.</summary>
    public static async Task<string> WriteAsync(LoadResult result, string directory, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, fileName + ".json");
        await LoadResultFile.WriteAsync(result, json, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.html"), HtmlReport.Render(result),
            cancellationToken).ConfigureAwait(false);
        return json;
    }

    /// <summary>A file-name-safe form of <paramref name="name"/>.</summary>
    public static string SafeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
    }
}
