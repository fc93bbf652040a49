using System.Diagnostics;

namespace Netra.E2E.FaultMatrix;

/// <summary>
/// One <c>dotnet vstest</c> run of the tiers against the embedded backend with the given environment: the whole
/// suite, or (<paramref name="Tests"/> set) only those tests, selected by full method name.
/// </summary>
internal sealed record MatrixRun(string Name, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string>? Tests)
{
    /// <summary>Every variable the matrix decides; inherited values of these never reach a run.</summary>
    private static readonly string[] Controlled = ["NETRA_E2E_TARGET", "NETRA_REFERENCE_FAULTS", "NETRA_REFERENCE_WS_AUTH_FAILURE"];

    public bool WholeSuite => Tests is null;

    public async Task<RunResult> ExecuteAsync(MatrixOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.Output, "fault-matrix", Name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = options.Root };

        // `dotnet vstest` on the built assembly skips the MSBuild evaluation that `dotnet test --no-build` repeats per
        // run (about 3.5 s each here); the run settings are passed explicitly for the same reason.
        string[] args =
        [
            "vstest", options.StagingAssembly, $"--Settings:{options.RunSettings}",
            "--logger:trx;LogFileName=results.trx", $"--ResultsDirectory:{folder}",
            "--", $"NUnit.NumberOfTestWorkers={options.Workers}",
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (Tests is not null)
        {
            start.ArgumentList.Add($"NUnit.Where={NUnitWhere.ForMethods(Tests)}");
        }

        foreach (var key in Controlled)
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var exit = await ChildProcess.RunAsync(start, options.RunTimeout, cancellationToken).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        await File.WriteAllTextAsync(Path.Combine(folder, "console.log"), exit.Output, cancellationToken).ConfigureAwait(false);
        var trx = Path.Combine(folder, "results.trx");
        var outcomes = File.Exists(trx) ? TrxReader.Read(trx) : [];
        return new RunResult(this, outcomes, elapsed, exit.TimedOut, exit.ExitCode);
    }
}
