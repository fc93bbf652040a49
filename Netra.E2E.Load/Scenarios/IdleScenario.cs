using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// idle (soak): token, WebSocket, welcome, then the connection stays open and idle for <c>--duration</c> (default 10 s),
/// the client answering every server heartbeat ping; a connection that ends early is a drop (an error), and fewer pings
/// than the interval the welcome announced allows is a violation of contract 5. Without a ramp every token comes first, so
/// the memory an idle connection holds can be measured (<see cref="IdleMemoryProbe"/>).
/// </summary>
internal sealed class IdleScenario : ILoadScenario
{
    /// <summary>The scenario's name.</summary>
    public const string ScenarioName = "idle";

    /// <summary>How long a connection is held without <c>--duration</c>.</summary>
    public static readonly TimeSpan DefaultHold = TimeSpan.FromSeconds(10);

    private readonly IdleMemoryProbe _probe = new();

    /// <inheritdoc />
    public string Name => ScenarioName;

    /// <inheritdoc />
    public async Task RunUserAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.BeginIteration(0);
        var testUser = await _probe.TokenStepAsync(user, () => UserSteps.AuthenticateAsync(user, cancellationToken)).ConfigureAwait(false);
        var (socket, welcome) = await _probe.ConnectStepAsync(
            user, () => UserSteps.ConnectWelcomedAsync(user, testUser, cancellationToken), cancellationToken).ConfigureAwait(false);
        await using (socket.ConfigureAwait(false))
        {
            var hold = user.Options.Duration ?? DefaultHold;
            var from = welcome.Index + 1;
            using var holding = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var ended = socket.Frames.WaitForEndAsync(null, holding.Token);

            // The soak's hold time is the scenario's pacing; an early end of the connection cuts it short.
            var held = Task.Delay(hold, holding.Token);
            var first = await Task.WhenAny(ended, held).ConfigureAwait(false);
            await holding.CancelAsync().ConfigureAwait(false);
            Observe(first == ended ? held : ended);
            cancellationToken.ThrowIfCancellationRequested();
            if (first == ended && socket.Frames.EndReason is { } reason)
            {
                user.Metrics.Count(LoadCounters.Drops);
                throw new UnexpectedAnswerException("drop", $"the connection ended during the idle hold: {reason}");
            }

            var pings = socket.Frames.Received.Skip(from).Count(f => f.Type == "ping");
            user.Metrics.Count(LoadCounters.Pings, pings);
            var interval = welcome.Json.Number("data.config.heartbeat_interval") ?? 30;
            var expected = (int)Math.Floor(hold.TotalSeconds / interval) - 1;
            if (pings < expected)
            {
                throw new ContractViolationException(
                    "heartbeat",
                        $"{pings} server ping(s) in {hold.TotalSeconds:0.#} s idle; the welcome announced one every {interval:0.#} s");
            }

            await socket.CloseAsync(cancellationToken).ConfigureAwait(false);
            user.PassIteration();
        }
    }

    // The wait that lost the race is cancelled; its outcome is of no interest, but it is observed.
    private static void Observe(Task loser) =>
        loser.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
}
