namespace Netra.E2E.Report;

/// <summary>Reads the inputs of <see cref="ReportOptions"/> and writes <c>index.html</c> and <c>summary.md</c>.</summary>
internal static class ReportWriter
{
    /// <summary>Writes the report and returns what it showed.</summary>
    public static async Task<RunData> WriteAsync(ReportOptions options, ReportRedactor redactor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tests = new List<TestRecord>();
        var slos = new List<SloMeasurement>();
        string? settings = null;
        foreach (var file in options.TrxFiles)
        {
            var (records, block, measured) = TrxReader.Read(file, redactor);
            tests.AddRange(records);
            slos.AddRange(measured);
            settings ??= block;
        }

        var matrix = options.Matrix is not null && File.Exists(options.Matrix) ? FaultMatrixData.Read(options.Matrix, redactor) : null;
        var coverage = options.Coverage is not null && File.Exists(options.Coverage)
            ? ContractCoverage.Read(options.Coverage, redactor)
            : null;
        var run = new RunData(tests, settings, matrix, DateTimeOffset.UtcNow) { Slos = slos, Coverage = coverage };
        Directory.CreateDirectory(options.Output);
        var links = await EvidenceCopier.CopyAsync(run.Failures, options.Output, options.Evidence, redactor,
            cancellationToken).ConfigureAwait(false);

        // Defense in depth: the page and the summary go through the redactor once more as a whole.
        var html = redactor.Redact(HtmlReport.Render(run, links));
        var markdown = redactor.Redact(MarkdownSummary.Render(run));
        await File.WriteAllTextAsync(Path.Combine(options.Output, "index.html"), html, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "summary.md"), markdown, cancellationToken).ConfigureAwait(false);
        return run;
    }
}
