namespace Netra.E2E.Report;

/// <summary>Everything one report shows: the tests of all TRX files read, the run's settings, the fault matrix, the SLOs the
/// tests measured and the contract coverage.</summary>
internal sealed record RunData(IReadOnlyList<TestRecord> Tests, string? Settings, FaultMatrixData? Matrix, DateTimeOffset GeneratedAt)
{
    /// <summary>The SLO lines the tests printed, in TRX order.</summary>
    public IReadOnlyList<SloMeasurement> Slos { get; init; } = [];

    /// <summary>The contract coverage, when <c>--coverage</c> named an existing file.</summary>
    public ContractCoverage? Coverage { get; init; }

    /// <summary>Fixed tier order first (Critical, High, Pipeline), then the others by name.</summary>
    private static readonly string[] TierOrder = ["Critical", "High", "Pipeline"];

    /// <summary>Count of tests with <paramref name="outcome"/>.</summary>
    public int Count(TestOutcomeKind outcome) => Tests.Count(t => t.Outcome == outcome);

    /// <summary>Per tier: name, passed, failed, skipped, summed duration.</summary>
    public IReadOnlyList<TierCounts> Tiers =>
        [.. Tests.GroupBy(t => t.Tier, StringComparer.Ordinal)
            .Select(g => new TierCounts(
                g.Key,
                g.Count(t => t.Outcome == TestOutcomeKind.Passed),
                g.Count(t => t.Outcome == TestOutcomeKind.Failed),
                g.Count(t => t.Outcome == TestOutcomeKind.Skipped),
                TimeSpan.FromTicks(g.Sum(t => t.Duration.Ticks))))
            .OrderBy(t => Array.IndexOf(TierOrder, t.Tier) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(t => t.Tier, StringComparer.Ordinal)];

    /// <summary>Failed tests, then skipped, then passed; slowest first within each.</summary>
    public IReadOnlyList<TestRecord> Ordered =>
        [.. Tests.OrderBy(t => t.Outcome).ThenByDescending(t => t.Duration).ThenBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The failed tests, in <see cref="Ordered"/> order.</summary>
    public IReadOnlyList<TestRecord> Failures => [.. Ordered.Where(t => t.Outcome == TestOutcomeKind.Failed)];

    /// <summary>The <paramref name="count"/> slowest tests.</summary>
    public IReadOnlyList<TestRecord> Slowest(int count) => [.. Tests.OrderByDescending(t => t.Duration).Take(count)];

    /// <summary>The one-line verdict: "N passed, N failed, N skipped".</summary>
    public string Verdict =>
        $"{Count(TestOutcomeKind.Passed)} passed, {Count(TestOutcomeKind.Failed)} failed, {Count(TestOutcomeKind.Skipped)} skipped";
}

/// <summary>One tier's counts.</summary>
/// <param name="Tier">Category name (or project).</param>
/// <param name="Passed">Passed tests.</param>
/// <param name="Failed">Failed tests.</param>
/// <param name="Skipped">Skipped tests.</param>
/// <param name="Duration">Summed test time.</param>
internal sealed record TierCounts(string Tier, int Passed, int Failed, int Skipped, TimeSpan Duration)
{
    /// <summary>All tests of the tier.</summary>
    public int Total => Passed + Failed + Skipped;
}
