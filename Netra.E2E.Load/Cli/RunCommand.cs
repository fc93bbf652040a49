using System.Globalization;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Reporting;
using Netra.E2E.Load.Results;
using Netra.E2E.Load.Running;
using Netra.E2E.Load.Scenarios;
using Netra.E2E.Load.Targeting;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Network;

namespace Netra.E2E.Load.Cli;

/// <summary>The run (the root command): target, users, summary, result files, exit code by thresholds.</summary>
internal static class RunCommand
{
    /// <summary>Runs the load described by <paramref name="options"/>; <paramref name="stop"/> is Ctrl+C.</summary>
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scenario = ScenarioCatalog.Create(options.Scenario, options.Client);
        var runName = ResultOutput.SafeName(options.RunName
            ?? $"{scenario.Name}-{DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        var fileName = options.Shard.Count == 1 ? runName : $"{runName}.shard-{options.Shard.Index}-of-{options.Shard.Count}";
        LoadTarget target;
        try
        {
            target = await LoadTarget.OpenAsync(options, Environment.GetEnvironmentVariable, stop).ConfigureAwait(false);
        }
        catch (Exception ex)
            when (ex is ConfigurationException or TargetUnreachableException or ApiRequestException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"load: the target cannot be used: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        await using (target.ConfigureAwait(false))
        {
            var metrics = new LoadMetrics();
            var runner = new LoadRunner(options, target, scenario, metrics);
            await Console.Out.WriteLineAsync(
                $"load: {scenario.Name}, {runner.ShardUsers} of {options.Users} users (shard {options.Shard}), target {target}")
                    .ConfigureAwait(false);
            var run = runner.RunAsync(stop);
            await LiveProgress.ShowAsync(run, runner, metrics, options.Plain).ConfigureAwait(false);
            await run.ConfigureAwait(false);

            var result = ResultBuilder.Build(options, runName, target.ToString(), target.Embedded, metrics, runner.StartedAt,
                stop.IsCancellationRequested);
            var path = await ResultOutput.WriteAsync(result, options.OutputDirectory, fileName,
                CancellationToken.None).ConfigureAwait(false);
            await Console.Out.WriteAsync(ConsoleSummary.Render(result)).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"  result {path}, report {Path.Combine(options.OutputDirectory, "report.html")}")
                .ConfigureAwait(false);
            return result.Interrupted ? ExitCodes.Interrupted : result.Passed ? ExitCodes.Passed : ExitCodes.ThresholdsFailed;
        }
    }
}
