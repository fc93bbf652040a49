using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// What a test that needed HTTP retries leaves behind. One that passed only after retries is flaky: it writes the stable
/// marker <see cref="FlakyMarker"/> to its output, which lands in the TRX and which CI counts, or, with
/// <c>NETRA_E2E_FAIL_ON_FLAKY=true</c>, it fails.
/// </summary>
public static class RetryVerdict
{
    /// <summary>Starts the output line of a test that passed only after HTTP retries (one line per such test).</summary>
    public const string FlakyMarker = "NETRA-E2E-FLAKY:";

    /// <summary>
    /// Writes the retries of <paramref name="evidence"/>, if any, to <paramref name="output"/>; throws an
    /// <see cref="NUnit.Framework.AssertionException"/> when the test <paramref name="passed"/> only after retries and
    /// <paramref name="failOnFlaky"/> is set.
    /// </summary>
    public static async Task ApplyAsync(EvidenceLog evidence, bool passed, bool failOnFlaky, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(output);
        if (evidence.Retries.Count == 0)
        {
            return;
        }

        if (!passed)
        {
            await output.WriteLineAsync($"RETRIES: {evidence.RetrySummary}").ConfigureAwait(false);
            return;
        }

        if (failOnFlaky)
        {
            throw new NUnit.Framework.AssertionException(
                $"flaky: the test passed only after HTTP retries, and NETRA_E2E_FAIL_ON_FLAKY=true fails it: {evidence.RetrySummary}");
        }

        await output.WriteLineAsync($"{FlakyMarker} PASSED ONLY AFTER RETRIES: {evidence.RetrySummary}").ConfigureAwait(false);
    }
}
