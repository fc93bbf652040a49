using System.Collections.Concurrent;

namespace Netra.E2E.FaultMatrix;

/// <summary>Runs the scheduled runs in order on <see cref="MatrixOptions.Parallel"/> slots, each slot taking the next run.</summary>
internal static class MatrixScheduler
{
    public static async Task<IReadOnlyList<RunResult>> RunAsync(
        IReadOnlyList<MatrixRun> runs,
        MatrixOptions options,
        MatrixProgress progress,
        Func<MatrixRun, IReadOnlyList<string>> catchers,
        CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<MatrixRun>(runs);
        var results = new ConcurrentBag<RunResult>();
        var slots = Enumerable.Range(0, Math.Min(options.Parallel, runs.Count)).Select(async _ =>
        {
            // Leaves the caller's thread at once, so the slots start together and the display loop keeps drawing.
            await Task.Yield();
            while (queue.TryDequeue(out var run))
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Started(run);
                var result = await run.ExecuteAsync(options, cancellationToken).ConfigureAwait(false);
                progress.Finished(result, catchers(run));
                results.Add(result);
            }
        });
        await Task.WhenAll(slots.ToList()).ConfigureAwait(false);
        return results.ToList();
    }
}
