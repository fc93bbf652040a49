namespace Netra.E2E.Load.Results;

/// <summary>What one shard's process cost. Local runs include the embedded backend, which shares the process.</summary>
/// <param name="Shard">The shard, <c>i/n</c>.</param>
/// <param name="Host">The machine it ran on.</param>
/// <param name="WallSeconds">From the first user's start to the last user's end.</param>
/// <param name="CpuSeconds">User + system CPU of the process over the whole run.</param>
/// <param name="PeakRssBytes">Peak resident memory of the process.</param>
/// <param name="EmbeddedBackend">Whether the reference backend ran inside this process.</param>
internal sealed record ShardProcess(string Shard, string Host, double WallSeconds, double CpuSeconds, long PeakRssBytes,
    bool EmbeddedBackend);
