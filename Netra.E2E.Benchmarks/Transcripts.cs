using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Tests.Assertions;

namespace Netra.E2E.Benchmarks;

/// <summary>Realistic inputs: the frames of one data-agent run as a WebSocket delivers them (welcome, events, ping, pong).</summary>
internal static class Transcripts
{
    /// <summary>The request of the benchmarked run.</summary>
    public const string Request = "Show monthly revenue by region for 2024 and flag the regions below target";

    /// <summary>The synthetic run the oracle tests use, for the data agent.</summary>
    public static SyntheticRun DataRun() => SyntheticRun.For("data", Request);

    /// <summary>The run's frames' texts, in arrival order.</summary>
    public static string[] DataRunTexts() => [.. DataRun().Frames().Select(f => f.Text)];

    /// <summary>The largest event frame of the run (agent_completed with its tool results).</summary>
    public static string LargestFrame() => DataRunTexts().MaxBy(t => t.Length)!;

    /// <summary>Parsed frames of the run.</summary>
    public static IReadOnlyList<ReceivedFrame> DataRunFrames() => DataRun().Frames();
}
