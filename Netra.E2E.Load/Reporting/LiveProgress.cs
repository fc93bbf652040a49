using System.Globalization;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;
using Spectre.Console;

namespace Netra.E2E.Load.Reporting;

/// <summary>
/// Shows the run while it goes: a Spectre.Console progress bar on an interactive terminal, else (output redirected,
/// <c>CI</c> set, or <c>--plain</c>) one plain line every few seconds.
/// </summary>
internal static class LiveProgress
{
    private static readonly TimeSpan TerminalRefresh = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PlainRefresh = TimeSpan.FromSeconds(2);

    /// <summary>Whether the fancy display can be used.</summary>
    public static bool Interactive(bool plain) =>
        !plain && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null
            && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Shows progress of <paramref name="runner"/> until <paramref name="run"/> ends.</summary>
    public static async Task ShowAsync(Task run, LoadRunner runner, LoadMetrics metrics, bool plain)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(runner);
        if (!Interactive(plain))
        {
            while (!run.IsCompleted)
            {
                // Refresh cadence of the display, not a wait for a condition: the loop ends when the run does.
                await Task.WhenAny(run, Task.Delay(PlainRefresh)).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(Line(runner, metrics)).ConfigureAwait(false);
            }

            return;
        }

        await AnsiConsole.Progress().AutoClear(false).HideCompleted(false).StartAsync(async context =>
        {
            var task = context.AddTask("users", maxValue: Math.Max(1, runner.ShardUsers));
            while (!run.IsCompleted)
            {
                await Task.WhenAny(run, Task.Delay(TerminalRefresh)).ConfigureAwait(false);
                task.Value = runner.Finished;
                task.Description = Markup.Escape(Line(runner, metrics));
            }
        }).ConfigureAwait(false);
    }

    private static string Line(LoadRunner runner, LoadMetrics metrics)
    {
        var elapsed = (DateTimeOffset.UtcNow - runner.StartedAt).TotalSeconds;
        var p95 = metrics.P95Ms(LoadHistograms.FirstEvent) ?? metrics.P95Ms(LoadHistograms.Welcome);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{elapsed,6:0.0}s] users {runner.Finished}/{runner.ShardUsers} done, passed {metrics.Counter(LoadCounters.UsersPassed)}, " +
            $"failed {metrics.Counter(LoadCounters.UsersFailed)}, violations {metrics.Counter(LoadCounters.Violations)}, " +
            $"p95 {(p95 is { } v ? Format.Ms(v) : "-")}");
    }
}
