using System.Globalization;
using System.Text.RegularExpressions;
using Netra.E2E.Shared.Configuration;
using NUnit.Framework;

namespace Netra.E2E.Shared.Evidence;

/// <summary>
/// One evidence folder per run, <c>evidence/&lt;yyyy-MM-dd_HHmmss&gt;_&lt;run id&gt;/</c> (UTC), so a run's files stay together and
/// old runs can go: on first use the oldest run folders beyond <c>NETRA_E2E_KEEP_RUNS</c> (default 10, this run
/// included) are deleted, and so are loose files of the former flat layout.
/// </summary>
public static partial class EvidenceRunFolder
{
    /// <summary>The setting (environment variable, else run-settings parameter) of how many run folders to keep.</summary>
    public const string KeepRunsVariable = "NETRA_E2E_KEEP_RUNS";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string> Prepared = new(StringComparer.Ordinal);

    /// <summary>This process's run folder name: UTC start time and a short random run id.</summary>
    public static string RunName { get; } =
        $"{DateTime.UtcNow.ToString("yyyy-MM-dd_HHmmss", CultureInfo.InvariantCulture)}_{Guid.NewGuid():N}"[..26];

    /// <summary>How many run folders are kept; throws <see cref="ConfigurationException"/> on an invalid value.</summary>
    public static int KeepRuns
    {
        get
        {
            var raw = Environment.GetEnvironmentVariable(KeepRunsVariable) ?? TestContext.Parameters.Get(KeepRunsVariable);
            if (string.IsNullOrWhiteSpace(raw))
            {
                return 10;
            }

            return int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var keep) && keep >= 1
                ? keep
                : throw new ConfigurationException(KeepRunsVariable, $"'{raw}' is not a whole number of runs of at least 1");
        }
    }

    /// <summary>This run's folder under <paramref name="evidenceRoot"/>: created, and old runs pruned, on the first call per
    /// root.</summary>
    public static string For(string evidenceRoot)
    {
        ArgumentNullException.ThrowIfNull(evidenceRoot);
        lock (Gate)
        {
            if (!Prepared.TryGetValue(evidenceRoot, out var folder))
            {
                folder = Path.Combine(evidenceRoot, RunName);
                Directory.CreateDirectory(folder);
                Prune(evidenceRoot, KeepRuns);
                Prepared[evidenceRoot] = folder;
            }

            return folder;
        }
    }

    /// <summary>Deletes all but the newest <paramref name="keep"/> run folders (by name, which sorts by time) and loose files.</summary>
    internal static void Prune(string evidenceRoot, int keep)
    {
        var runs = Directory.EnumerateDirectories(evidenceRoot)
            .Where(d => RunFolderName().IsMatch(Path.GetFileName(d)))
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal)
            .Where(d => !string.Equals(Path.GetFileName(d), RunName, StringComparison.Ordinal));
        foreach (var old in runs.Skip(keep - 1))
        {
            Delete(() => Directory.Delete(old, recursive: true));
        }

        foreach (var loose in Directory.EnumerateFiles(evidenceRoot, "*.txt"))
        {
            Delete(() => File.Delete(loose));
        }
    }

    // A parallel run (the fault matrix runs two at once) may be deleting the same folder: that is not a failure.
    private static void Delete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TestContext.Progress.WriteLine($"evidence: could not prune ({ex.Message})");
        }
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{6}_[0-9a-f]{8}$")]
    private static partial Regex RunFolderName();
}
