using Netra.E2E.Load.Cli;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Scenarios;
using Netra.E2E.Load.Targeting;

namespace Netra.E2E.Load.Running;

/// <summary>
/// Runs the shard's users of a scenario: user k starts at ramp × k / users (the whole run's schedule, so shards together
/// ramp like one run), each within its own deadline; Ctrl+C (<c>stop</c>) ends every user promptly.
/// </summary>
internal sealed class LoadRunner(LoadOptions options, LoadTarget target, ILoadScenario scenario, LoadMetrics metrics)
{
    private int _finished;

    /// <summary>Users of this shard.</summary>
    public int ShardUsers { get; } = options.Shard.UsersOf(options.Users).Count();

    /// <summary>Users of this shard that have finished (passed, failed or interrupted).</summary>
    public int Finished => Volatile.Read(ref _finished);

    /// <summary>When the first user was scheduled.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Runs every user of the shard and returns when all have ended.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        StartedAt = DateTimeOffset.UtcNow;
        var users = options.Shard.UsersOf(options.Users).Select(k => RunUserAsync(k, stop)).ToList();
        await Task.WhenAll(users).ConfigureAwait(false);
    }

    private async Task RunUserAsync(int index, CancellationToken stop)
    {
        try
        {
            var offset = options.Users <= 1 ? TimeSpan.Zero : options.Ramp * index / options.Users;
            if (offset > TimeSpan.Zero)
            {
                await Task.Delay(offset, stop).ConfigureAwait(false);
            }
            else
            {
                // Leave the caller's loop at once: 1,000 users start concurrently, not one after another.
                await Task.Yield();
            }

            await RunScheduledUserAsync(index, stop).ConfigureAwait(false);
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // Ctrl+C: whatever the user was waiting for was cut short by the stop (the library's waits report that as a
            // deadline), so the user is counted as interrupted, neither passed nor failed.
            metrics.Count(LoadCounters.UsersInterrupted);
        }
        finally
        {
            Interlocked.Increment(ref _finished);
        }
    }

    private async Task RunScheduledUserAsync(int index, CancellationToken stop)
    {
        var user = new VirtualUser(index, options, target, metrics, StartedAt);
        var budget = options.UserTimeout + (options.Duration ?? TimeSpan.Zero);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
        deadline.CancelAfter(budget);
        metrics.Count(LoadCounters.UsersStarted);
        try
        {
            await scenario.RunUserAsync(user, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            user.Fail(FailureClassifier.Deadline(index, user.Iteration, budget, $"iteration {user.Iteration}"));
        }
        catch (Exception ex) when (!stop.IsCancellationRequested && FailureClassifier.Classify(index, user.Iteration, ex) is { } failure)
        {
            user.Fail(failure);
        }

        metrics.Count(user.Failed ? LoadCounters.UsersFailed : LoadCounters.UsersPassed);
    }
}
