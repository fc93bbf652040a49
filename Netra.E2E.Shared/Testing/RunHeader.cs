using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// The block printed once at the start of a run: the settings (secrets only as source and fingerprint), the resolved
/// target, and where this run's evidence and report go. The run report reads it back from the TRX.
/// </summary>
public static class RunHeader
{
    /// <summary>The first line; the run report looks for it.</summary>
    public const string FirstLine = "Netra.E2E settings:";

    /// <summary>The header text for <paramref name="settings"/>, <paramref name="target"/> and the run's <paramref
    /// name="evidenceFolder"/>.</summary>
    public static string Compose(string settings, string target, string evidenceFolder)
    {
        var lines = new[]
        {
            FirstLine,
            settings,
            $"target: {target}",
            $"evidence         {evidenceFolder} (last {EvidenceRunFolder.KeepRuns} runs kept, {EvidenceRunFolder.KeepRunsVariable})",
            "report           artifacts/report/index.html (bash .ci/run, or dotnet run --project Netra.E2E.Report -- --trx <results>)",
        };
        return string.Join(Environment.NewLine, lines);
    }
}
