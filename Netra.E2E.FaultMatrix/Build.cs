using System.Diagnostics;

namespace Netra.E2E.FaultMatrix;

/// <summary>Builds the solution once so every run can use the built test assembly.</summary>
internal static class Build
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public static async Task<bool> RunAsync(MatrixOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine($"building Netra.E2E.sln ({options.Configuration}) once");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = options.Root };
        foreach (var arg in new[] { "build", "Netra.E2E.sln", "-c", options.Configuration, "-v", "quiet", "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        var exit = await ChildProcess.RunAsync(start, Deadline, cancellationToken).ConfigureAwait(false);
        if (exit.ExitCode == 0)
        {
            return true;
        }

        await Console.Error.WriteLineAsync(exit.Output).ConfigureAwait(false);
        var why = exit.TimedOut ? $"did not finish within {Deadline.TotalMinutes:0} min" : $"failed with exit code {exit.ExitCode}";
        await Console.Error.WriteLineAsync($"build {why}").ConfigureAwait(false);
        return false;
    }
}
