using System.Diagnostics;
using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Metrics;

/// <summary>
/// Idle memory per connection, measured as the Python peer measures it: every user of the shard first gets its token,
/// then resident memory is sampled after a full GC, the connections open, and once every user has connected (or failed
/// to) it is sampled again. The difference over the open connections is what one idle connection holds. Only without a
/// ramp (all users at once): with one, tokens and connections overlap and there is no such moment.
/// </summary>
internal sealed class IdleMemoryProbe
{
    private readonly TaskCompletionSource _tokensIn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = -1;
    private int _tokens;
    private int _tokensOk;
    private int _connected;
    private int _open;

    /// <summary>
    /// The token step of one user, counted (failed or not) so the baseline is sampled once every user of the shard has been
    /// through it; without a ramp only, else just the step.
    /// </summary>
    public async Task<T> TokenStepAsync<T>(VirtualUser user, Func<Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!Applies(user))
        {
            return await step().ConfigureAwait(false);
        }

        T value;
        try
        {
            value = await step().ConfigureAwait(false);
        }
        catch (Exception)
        {
            TokenDone(user, ok: false);
            throw;
        }

        TokenDone(user, ok: true);
        return value;
    }

    /// <summary>
    /// The connect step of one user, started once every user has its token and counted (open or not) so the memory is
    /// sampled with every connection open; without a ramp only, else just the step.
    /// </summary>
    public async Task<T> ConnectStepAsync<T>(VirtualUser user, Func<Task<T>> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!Applies(user))
        {
            return await step().ConfigureAwait(false);
        }

        T value;
        try
        {
            await AllTokensAsync(cancellationToken).ConfigureAwait(false);
            value = await step().ConfigureAwait(false);
        }
        catch (Exception)
        {
            ConnectDone(user, open: false);
            throw;
        }

        ConnectDone(user, open: true);
        return value;
    }

    /// <summary>Whether the run measures: no ramp.</summary>
    public static bool Applies(VirtualUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Options.Ramp == TimeSpan.Zero;
    }

    /// <summary>Called by each user once its token step ended (<paramref name="ok"/>: got one); the last one samples the
    /// baseline.</summary>
    private void TokenDone(VirtualUser user, bool ok)
    {
        ArgumentNullException.ThrowIfNull(user);
        Interlocked.CompareExchange(ref _expected, user.Options.Shard.UsersOf(user.Options.Users).Count(), -1);
        if (ok)
        {
            Interlocked.Increment(ref _tokensOk);
        }

        if (Interlocked.Increment(ref _tokens) == Volatile.Read(ref _expected))
        {
            user.Metrics.Count(LoadCounters.IdleRssBefore, ResidentKib());
            user.Metrics.Count(LoadCounters.IdleHeapBefore, GC.GetTotalMemory(forceFullCollection: false) / 1024);
            _tokensIn.TrySetResult();
        }
    }

    /// <summary>Waits until every user of the shard has its token (or failed to get one).</summary>
    private Task AllTokensAsync(CancellationToken cancellationToken) => _tokensIn.Task.WaitAsync(cancellationToken);

    /// <summary>Called by each user once its connect step ended; the last one samples the memory with every connection open.</summary>
    private void ConnectDone(VirtualUser user, bool open)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (open)
        {
            Interlocked.Increment(ref _open);
        }

        if (Interlocked.Increment(ref _connected) == Volatile.Read(ref _tokensOk))
        {
            user.Metrics.Count(LoadCounters.IdleRssOpen, ResidentKib());
            user.Metrics.Count(LoadCounters.IdleHeapOpen, GC.GetTotalMemory(forceFullCollection: false) / 1024);
            user.Metrics.Count(LoadCounters.IdleOpen, Volatile.Read(ref _open));
        }
    }

    private static long ResidentKib()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024;
    }
}
