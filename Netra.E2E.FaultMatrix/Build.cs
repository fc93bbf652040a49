using System.Diagnostics;

namespace Netra.E2E.FaultMatrix;

/// <summary>Builds the solution once so every run can use <c>--no-build</c>.</summary>
internal static class Build
{
    public static async Task<bool> RunAsync(MatrixOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine($"building Netra.E2E.sln ({options.Configuration}) once");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = options.Root };
        foreach (var arg in new[] { "build", "Netra.E2E.sln", "-c", options.Configuration, "-v", "quiet", "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            await Console.Error.WriteLineAsync($"build failed with exit code {process.ExitCode}").ConfigureAwait(false);
        }

        return process.ExitCode == 0;
    }
}
