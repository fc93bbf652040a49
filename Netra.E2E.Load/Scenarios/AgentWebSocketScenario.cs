using Netra.E2E.Load.Running;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// agent-ws (default): token, WebSocket, welcome, then per iteration one agent run (<c>start_agent</c>) waited for to its
/// terminal event and verified whole by the suite's oracle against what the contract computes from the request (after a
/// ping round trip, or after the close that follows the last run); close.
/// </summary>
internal sealed class AgentWebSocketScenario : ILoadScenario
{
    /// <summary>The scenario's name.</summary>
    public const string ScenarioName = "agent-ws";

    /// <inheritdoc />
    public string Name => ScenarioName;

    /// <inheritdoc />
    public async Task RunUserAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.BeginIteration(0);
        var testUser = await UserSteps.AuthenticateAsync(user, cancellationToken).ConfigureAwait(false);
        var (socket, _) = await UserSteps.ConnectWelcomedAsync(user, testUser, cancellationToken).ConfigureAwait(false);
        await using (socket.ConfigureAwait(false))
        {
            for (var i = 0; ; i++)
            {
                if (i > 0)
                {
                    user.BeginIteration(i);
                }

                var run = await StartRunAsync(user, testUser, socket, i, cancellationToken).ConfigureAwait(false);
                await run.WaitForTerminalAsync(cancellationToken).ConfigureAwait(false);
                var last = !user.ShouldRun(i + 1);

                // The delivery barrier before judging the run: a ping round trip, or for the last run the close handshake the
                // user does anyway (the server's close comes after every frame it sent before it).
                if (last)
                {
                    await socket.CloseAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await socket.RoundTripAsync(cancellationToken).ConfigureAwait(false);
                }

                run.VerifyDelivered();
                user.PassIteration();
                if (last)
                {
                    return;
                }

                if (user.Options.ThinkTime > TimeSpan.Zero)
                {
                    await Task.Delay(user.Options.ThinkTime, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task<AgentRunCheck> StartRunAsync(
        VirtualUser user, TestUser testUser, NetraWebSocketClient socket, int iteration, CancellationToken cancellationToken)
    {
        var agent = AgentRequests.AgentFor(user);
        var request = AgentRequests.RequestFor(user, iteration);
        var messageId = $"load-{user.Index}-{iteration}-{Guid.NewGuid():N}";
        var run = new AgentRunCheck(user, testUser, socket, agent, request, messageId);
        await run.StartAsync(cancellationToken).ConfigureAwait(false);
        return run;
    }
}
