using Netra.E2E.Load.Reporting;
using Netra.E2E.Load.Results;
using Netra.E2E.Load.Thresholds;

namespace Netra.E2E.Load.Cli;

/// <summary>
/// <c>merge a.json b.json ...</c>: adds shard results exactly and re-evaluates the thresholds (the first file's, with
/// <c>--threshold</c> overrides) on the merge; writes <c>&lt;run&gt;.merged.json</c> and <c>report.html</c>.
/// </summary>
internal static class MergeCommand
{
    /// <summary>Merges <paramref name="files"/> and returns the exit code of the merged verdict.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> files, IReadOnlyList<string> overrides, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        LoadResult merged;
        try
        {
            var parts = new List<LoadResult>();
            foreach (var file in files)
            {
                parts.Add(await LoadResultFile.ReadAsync(file, cancellationToken).ConfigureAwait(false));
            }

            merged = Merge(parts, overrides);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"merge: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        var path = await ResultOutput.WriteAsync(merged, outputDirectory, $"{ResultOutput.SafeName(merged.Run)}.merged", cancellationToken)
            .ConfigureAwait(false);
        await Console.Out.WriteAsync(ConsoleSummary.Render(merged)).ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"  merged {files.Count} file(s) into {path}").ConfigureAwait(false);
        return merged.Interrupted ? ExitCodes.Interrupted : merged.Passed ? ExitCodes.Passed : ExitCodes.ThresholdsFailed;
    }

    /// <summary>The merge of <paramref name="parts"/> with its thresholds evaluated.</summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> parts, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var merged = ResultMerger.Merge(parts);
        var thresholds = ThresholdParser.Apply(merged.Thresholds, overrides);
        return merged with { Thresholds = thresholds, Outcomes = ThresholdEvaluator.Evaluate(thresholds, merged) };
    }
}
