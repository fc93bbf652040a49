using System.Diagnostics;

namespace Netra.E2E.FaultMatrix;

/// <summary>What a bounded child process left: its exit code (null when it could not be ended) and its output.</summary>
internal sealed record ChildExit(int? ExitCode, bool TimedOut, string Output);

/// <summary>Runs a child process with a deadline; on the deadline or on cancellation the whole process tree is killed.</summary>
internal static class ChildProcess
{
    /// <summary>After a kill, how long the tree and its output pipes may take to close: not even a stuck kill holds the matrix.</summary>
    private static readonly TimeSpan AfterKill = TimeSpan.FromSeconds(10);

    public static async Task<ChildExit> RunAsync(ProcessStartInfo start, TimeSpan timeout, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = false;
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Both the deadline and a Ctrl+C end the tree (vstest.console, the test host and its backend) before going on.
            timedOut = !cancellationToken.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            await WaitAfterKillAsync(process).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        var output = await ReadBoundedAsync(stdout).ConfigureAwait(false) + await ReadBoundedAsync(stderr).ConfigureAwait(false);
        if (!process.HasExited)
        {
            output += $"{Environment.NewLine}[fault matrix: the process tree did not end within {AfterKill.TotalSeconds:0} s of the kill]";
        }

        return new ChildExit(process.HasExited ? process.ExitCode : null, timedOut, output);
    }

    public static async Task WaitAfterKillAsync(Process process)
    {
        using var bound = new CancellationTokenSource(AfterKill);
        try
        {
            await process.WaitForExitAsync(bound.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            // Reported in the run's output and by its missing exit code; the run already counts as not passed.
        }
    }

    /// <summary>A grandchild that outlived the tree kill could hold a pipe open; its output is then given up on, bounded.</summary>
    public static async Task<string> ReadBoundedAsync(Task<string> read)
    {
        try
        {
            return await read.WaitAsync(AfterKill).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return $"{Environment.NewLine}[fault matrix: output not closed within {AfterKill.TotalSeconds:0} s; rest not read]";
        }
    }
}
