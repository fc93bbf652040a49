using Netra.E2E.Load.Cli;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Targeting;
using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Load.Running;

/// <summary>
/// One simulated user: its global index, a random source derived from the seed and the index (so a user does the same
/// thing in any shard), its evidence, and the run's shared target, metrics and options.
/// </summary>
internal sealed class VirtualUser
{
    /// <summary>Creates user <paramref name="index"/> of a run.</summary>
    public VirtualUser(int index, LoadOptions options, LoadTarget target, LoadMetrics metrics, DateTimeOffset runStart)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        Index = index;
        Options = options;
        Target = target;
        Metrics = metrics;
        RunStart = runStart;
        Random = new Random(StableSeed(options.Seed, index));
        Evidence = target.NewEvidence($"load user {index}", options.Evidence == "full" ? EvidenceDetail.Full : EvidenceDetail.Summary);
    }

    /// <summary>Global user index (0 .. users-1).</summary>
    public int Index { get; }

    /// <summary>The run's options.</summary>
    public LoadOptions Options { get; }

    /// <summary>The target and its HTTP stack.</summary>
    public LoadTarget Target { get; }

    /// <summary>The run's metrics.</summary>
    public LoadMetrics Metrics { get; }

    /// <summary>When the run started (for <c>--duration</c>).</summary>
    public DateTimeOffset RunStart { get; }

    /// <summary>The user's random source: seeded from <c>--seed</c> and <see cref="Index"/> with a stable hash.</summary>
    public Random Random { get; }

    /// <summary>This user's evidence (its failures' messages are redacted through it).</summary>
    public EvidenceLog Evidence { get; }

    /// <summary>Whether any of the user's iterations failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>The iteration in progress (failures name it).</summary>
    public int Iteration { get; private set; }

    /// <summary>Starts iteration <paramref name="iteration"/> and counts it.</summary>
    public void BeginIteration(int iteration)
    {
        Iteration = iteration;
        Metrics.Count(LoadCounters.Iterations);
    }

    /// <summary>Counts the iteration in progress as passed.</summary>
    public void PassIteration() => Metrics.Count(LoadCounters.IterationsPassed);

    /// <summary>Whether iteration <paramref name="iteration"/> should run: within <c>--iterations</c>, or before the end of
    /// <c>--duration</c>.</summary>
    public bool ShouldRun(int iteration) =>
        Options.Duration is { } duration ? iteration == 0 || DateTimeOffset.UtcNow - RunStart < duration : iteration < Options.Iterations;

    /// <summary>Records a failure of this user.</summary>
    public void Fail(UserFailure failure)
    {
        Failed = true;
        Metrics.Fail(failure);
    }

    // HashCode is randomised per process; shards in different processes must derive the same seed for the same user.
    private static int StableSeed(int seed, int index)
    {
        var x = unchecked(((ulong)(uint)seed << 32) | (uint)index) + 0x9E3779B97F4A7C15UL;
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return (int)((x ^ (x >> 31)) & int.MaxValue);
    }
}
