using System.Diagnostics;

namespace Netra.E2E.FaultMatrix;

/// <summary>One `dotnet test` run of the tiers against the embedded backend with the given environment.</summary>
internal sealed record MatrixRun(string Name, IReadOnlyDictionary<string, string> Environment)
{
    public async Task<RunResult> ExecuteAsync(MatrixOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.Output, "fault-matrix", Name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // `dotnet vstest` on the built assembly skips the MSBuild evaluation that `dotnet test --no-build` repeats per
        // run (about 3.5 s each here); the run settings are passed explicitly for the same reason.
        var assembly = Path.Combine(options.Root, "Netra.E2E.Staging", "bin", options.Configuration, "net10.0", "Netra.E2E.Staging.dll");
        foreach (var arg in new[]
        {
            "vstest", assembly, $"--Settings:{Path.Combine(options.Root, "runsettings", "local.runsettings")}",
            "--logger:trx;LogFileName=results.trx", $"--ResultsDirectory:{folder}",
            "--", $"NUnit.NumberOfTestWorkers={options.Workers}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.RunTimeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);

            // Killing the tree ends it at once; the bound is there so not even a stuck kill can hold the matrix.
            using var afterKill = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(afterKill.Token).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "console.log"), await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var trx = Path.Combine(folder, "results.trx");
        var outcomes = File.Exists(trx) ? TrxReader.Read(trx) : [];
        return new RunResult(this, outcomes, clock.Elapsed, timedOut, process.ExitCode);
    }
}
