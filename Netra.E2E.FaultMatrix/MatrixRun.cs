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
        foreach (var arg in new[]
        {
            "test", Path.Combine("Netra.E2E.Staging", "Netra.E2E.Staging.csproj"), "-c", options.Configuration, "--no-build",
            "--logger", "trx;LogFileName=results.trx", "--results-directory", folder,
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
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "console.log"), await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var trx = Path.Combine(folder, "results.trx");
        var outcomes = File.Exists(trx) ? TrxReader.Read(trx) : [];
        return new RunResult(this, outcomes, clock.Elapsed, timedOut, process.ExitCode);
    }
}
