using System.Collections.Concurrent;

namespace Netra.E2E.FaultMatrix;

/// <summary>Runs the slots side by side; within a slot, its vstest runs and then its worker batch, one after another.</summary>
internal static class MatrixScheduler
{
    public static async Task<IReadOnlyList<RunResult>> RunAsync(
        IReadOnlyList<MatrixSlot> slots,
        MatrixOptions options,
        MatrixProgress progress,
        Func<MatrixRun, IReadOnlyList<string>> catchers,
        CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<RunResult>();
        void Finished(RunResult result)
        {
            progress.Finished(result, catchers(result.Run));
            results.Add(result);
        }

        var running = slots.Select(async slot =>
        {
            // Leaves the caller's thread at once, so the slots start together and the display loop keeps drawing.
            await Task.Yield();
            foreach (var run in slot.VsTestRuns)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Started(run);
                Finished(await run.ExecuteAsync(options, cancellationToken).ConfigureAwait(false));
            }

            if (slot.Batch is not null)
            {
                await slot.Batch.RunAsync(options, progress.Started, Finished, cancellationToken).ConfigureAwait(false);
            }
        });
        await Task.WhenAll(running.ToList()).ConfigureAwait(false);
        return results.ToList();
    }
}
