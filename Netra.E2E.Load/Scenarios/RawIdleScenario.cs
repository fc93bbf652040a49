using System.Net.WebSockets;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// idle with <c>--client raw</c>: token, connect, welcome, then hold for <c>--duration</c> answering pings, close. An early
/// close is a drop. The baseline of idle memory per connection.
/// </summary>
internal sealed class RawIdleScenario : ILoadScenario
{
    private readonly IdleMemoryProbe _probe = new();

    /// <inheritdoc />
    public string Name => IdleScenario.ScenarioName;

    /// <inheritdoc />
    public async Task RunUserAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.BeginIteration(0);
        // The library's receive chunk is 4 KiB (pings and the welcome fit), so the baseline holds no more per connection.
        var buffer = new byte[4 * 1024];
        var token = await _probe.TokenStepAsync(user, () => RawClient.TokenAsync(user, cancellationToken)).ConfigureAwait(false);
        using var socket = await _probe.ConnectStepAsync(
            user, () => RawClient.ConnectWelcomedAsync(user, token, buffer, cancellationToken), cancellationToken).ConfigureAwait(false);
        using var hold = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        hold.CancelAfter(user.Options.Duration ?? IdleScenario.DefaultHold);
        var pings = 0;
        try
        {
            for (var frames = 0; frames < 100_000; frames++)
            {
                var (type, _) = await RawClient.ReceiveAsync(socket, buffer, hold.Token).ConfigureAwait(false);
                if (type == "ping")
                {
                    pings++;
                    await RawClient.SendAsync(socket, """{"type":"pong"}""", cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (hold.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The hold time is over: the expected way out.
        }
        catch (UnexpectedAnswerException)
        {
            user.Metrics.Count(LoadCounters.Drops);
            throw;
        }

        user.Metrics.Count(LoadCounters.Pings, pings);
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancellationToken).ConfigureAwait(false);
        }

        user.PassIteration();
    }
}
