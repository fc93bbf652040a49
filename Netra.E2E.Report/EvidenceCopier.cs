namespace Netra.E2E.Report;

/// <summary>
/// Copies the evidence file of each failed test next to the report (<c>evidence/</c>, redacted once more), so the
/// report's links work wherever the report folder is uploaded or opened; returns the relative link per test.
/// </summary>
internal static class EvidenceCopier
{
    /// <summary>Copies and returns test full name → relative link. <paramref name="evidenceRoot"/> is searched by file name when the TRX
    /// path is gone.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CopyAsync(
        IEnumerable<TestRecord> failures, string outputFolder, string? evidenceRoot, ReportRedactor redactor,
            CancellationToken cancellationToken)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = evidenceRoot is not null && Directory.Exists(evidenceRoot)
            ? Directory.EnumerateFiles(evidenceRoot, "*.txt", SearchOption.AllDirectories)
                .GroupBy(Path.GetFileName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key!, g => g.Last(), StringComparer.Ordinal)
            : [];
        foreach (var test in failures)
        {
            var source = Locate(test.EvidenceFile, index);
            if (source is null)
            {
                continue;
            }

            var folder = Path.Combine(outputFolder, "evidence");
            Directory.CreateDirectory(folder);
            var name = Path.GetFileName(source);
            var text = await File.ReadAllTextAsync(source, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, name), redactor.Redact(text), cancellationToken).ConfigureAwait(false);
            links[test.FullName] = "evidence/" + Uri.EscapeDataString(name);
        }

        return links;
    }

    private static string? Locate(string? recorded, Dictionary<string, string> index)
    {
        if (recorded is null)
        {
            return null;
        }

        if (File.Exists(recorded))
        {
            return recorded;
        }

        return index.GetValueOrDefault(Path.GetFileName(recorded));
    }
}
