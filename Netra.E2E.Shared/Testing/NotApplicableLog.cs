using System.Collections.Concurrent;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// The tests of this run that could not apply to the target (e.g. TLS checks on a plain-HTTP target), with why. They are
/// reported as not run, never as passed, and the run's summary lists them.
/// </summary>
public static class NotApplicableLog
{
    private static readonly ConcurrentQueue<(string Test, string Reason)> Entries = new();

    /// <summary>Every not-applicable test so far, with its reason.</summary>
    public static IReadOnlyList<(string Test, string Reason)> All => [.. Entries];

    /// <summary>Records that <paramref name="test"/> did not apply, and why.</summary>
    public static void Add(string test, string reason) => Entries.Enqueue((test, reason));

    /// <summary>The summary block for the end of the run, or an empty string when every test applied.</summary>
    public static string Summary()
    {
        var all = All;
        return all.Count == 0
            ? string.Empty
            : $"not applicable to this target: {all.Count} test(s), reported as not run (never as passed):{Environment.NewLine}" +
              string.Join(Environment.NewLine, all.Select(e => $"  {e.Test}: {e.Reason}"));
    }
}
