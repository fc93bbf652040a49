using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Netra.E2E.FaultMatrix;

/// <summary>
/// Runs catcher-only runs in one worker process (<see cref="MatrixWorker"/>), reporting each as it finishes. Each
/// job has the per-run bound; a job that overruns gets the whole worker tree killed and is reported as timed out, and
/// the jobs after it as not run (no tests, so not detected).
/// </summary>
internal sealed record WorkerBatch(string Name, IReadOnlyList<MatrixRun> Runs)
{
    public async Task RunAsync(
        MatrixOptions options, Action<MatrixRun> started, Action<RunResult> finished, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.Output, "fault-matrix", Name);
        Directory.CreateDirectory(folder);
        var requestPath = Path.Combine(folder, "request.json");
        var jobs = Runs.Select(r => new WorkerJob(r.Name, r.Environment["NETRA_REFERENCE_FAULTS"], r.Tests!)).ToList();
        var request = new WorkerRequest(
            options.StagingAssembly, options.RunSettings, options.Workers, Path.Combine(options.Output, "fault-matrix"), jobs);
        await request.WriteAsync(requestPath, cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.Root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in new[] { typeof(WorkerBatch).Assembly.Location, "worker", requestPath })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the matrix worker");
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var log = new List<string>();
        var pending = new Queue<MatrixRun>(Runs);
        var clock = new Stopwatch();
        var timedOut = false;
        try
        {
            while (true)
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                deadline.CancelAfter(options.RunTimeout - (clock.IsRunning ? clock.Elapsed : TimeSpan.Zero));
                var line = await process.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false);
                if (line is null)
                {
                    break;
                }

                log.Add(line);
                if (line.StartsWith(WorkerRequest.StartPrefix, StringComparison.Ordinal) && pending.Count > 0)
                {
                    clock.Restart();
                    started(pending.Peek());
                }
                else if (line.StartsWith(WorkerRequest.DonePrefix, StringComparison.Ordinal) && pending.Count > 0)
                {
                    var run = pending.Dequeue();
                    var file = WorkerRequest.OutcomesFile(Path.Combine(options.Output, "fault-matrix"), run.Name);
                    var outcomes = JsonSerializer.Deserialize<List<TestOutcome>>(await File.ReadAllTextAsync(file, cancellationToken)
                        .ConfigureAwait(false)) ?? [];
                    finished(new RunResult(run, outcomes, clock.Elapsed, TimedOut: false, ExitCode: 0));
                    clock.Reset();
                }
            }
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
        }

        await ChildProcess.WaitAfterKillAsync(process).ConfigureAwait(false);
        log.Add(await ChildProcess.ReadBoundedAsync(stderr).ConfigureAwait(false));
        int? exitCode = process.HasExited ? process.ExitCode : null;
        log.Add($"[fault matrix: worker exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none (did not end)"}" +
            $"{(timedOut ? ", killed after a job overran its bound" : string.Empty)}]");
        await File.WriteAllLinesAsync(Path.Combine(folder, "console.log"), log, CancellationToken.None).ConfigureAwait(false);
        var first = true;
        while (pending.TryDequeue(out var run))
        {
            // The job that overran (timed out), then the ones the worker never reached (no outcome: not detected).
            finished(new RunResult(run, [], first && timedOut ? clock.Elapsed : TimeSpan.Zero, TimedOut: first && timedOut, exitCode));
            first = false;
        }
    }
}
