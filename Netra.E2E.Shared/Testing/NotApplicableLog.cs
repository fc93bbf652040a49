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
}
