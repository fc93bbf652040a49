using System.Diagnostics;
using System.Net.WebSockets;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// agent-ws with <c>--client raw</c>: token, connect, welcome, per iteration <c>start_agent</c> and read frames until
/// <c>agent_completed</c> of that message (first event and completion timed), close. No oracle: the baseline the library
/// is compared with.
/// </summary>
internal sealed class RawAgentScenario : ILoadScenario
{
    /// <inheritdoc />
    public string Name => AgentWebSocketScenario.ScenarioName;

    /// <inheritdoc />
    public async Task RunUserAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.BeginIteration(0);
        var buffer = new byte[8 * 1024];
        var token = await RawClient.TokenAsync(user, cancellationToken).ConfigureAwait(false);
        using var socket = await RawClient.ConnectWelcomedAsync(user, token, buffer, cancellationToken).ConfigureAwait(false);
        for (var i = 0; user.ShouldRun(i); i++)
        {
            if (i > 0)
            {
                user.BeginIteration(i);
            }

            await RunOnceAsync(user, socket, buffer, i, cancellationToken).ConfigureAwait(false);
            user.PassIteration();
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunOnceAsync(
        VirtualUser user, ClientWebSocket socket, byte[] buffer, int iteration, CancellationToken cancellationToken)
    {
        var messageId = $"raw-{user.Index}-{iteration}-{Guid.NewGuid():N}";
        var request = AgentRequests.RequestFor(user, iteration).Replace("\"", "'", StringComparison.Ordinal);
        var agent = AgentRequests.AgentFor(user);
        var clock = Stopwatch.StartNew();
        var payload = $$"""{"user_request":"{{request}}","agent_type":"{{agent}}"}""";
        var start = $$"""{"type":"start_agent","payload":{{payload}},"message_id":"{{messageId}}"}""";
        await RawClient.SendAsync(socket, start, cancellationToken).ConfigureAwait(false);
        var first = true;
        for (var frames = 0; frames < 1000; frames++)
        {
            var (type, id) = await RawClient.ReceiveAsync(socket, buffer, cancellationToken).ConfigureAwait(false);
            if (type == "ping")
            {
                await RawClient.SendAsync(socket, """{"type":"pong"}""", cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (id != messageId)
            {
                continue;
            }

            if (first)
            {
                user.Metrics.Record(LoadHistograms.FirstEvent, clock.Elapsed);
                first = false;
            }

            if (type is "agent_completed" or "agent_error" or "agent_cancelled")
            {
                user.Metrics.Record(LoadHistograms.Completion, clock.Elapsed);
                if (type != "agent_completed")
                {
                    throw new UnexpectedAnswerException("terminal", $"the run ended with {type}");
                }

                return;
            }
        }

        throw new UnexpectedAnswerException("terminal", "no agent_completed within 1000 frames");
    }
}
