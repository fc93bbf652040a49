using Netra.E2E.Load.Running;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// agent-ws (default): token, WebSocket, welcome, then per iteration one agent run (<c>start_agent</c>) waited for to its
/// terminal event and verified whole by the suite's oracle against what the contract computes from the request; close.
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
            for (var i = 0; user.ShouldRun(i); i++)
            {
                if (i > 0)
                {
                    user.BeginIteration(i);
                }

                await RunOnceAsync(user, testUser, socket, i, cancellationToken).ConfigureAwait(false);
                user.PassIteration();
                if (user.Options.ThinkTime > TimeSpan.Zero && user.ShouldRun(i + 1))
                {
                    await Task.Delay(user.Options.ThinkTime, cancellationToken).ConfigureAwait(false);
                }
            }

            await socket.CloseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task RunOnceAsync(
        VirtualUser user, TestUser testUser, NetraWebSocketClient socket, int iteration, CancellationToken cancellationToken)
    {
        var agent = AgentRequests.AgentFor(user);
        var request = AgentRequests.RequestFor(user, iteration);
        var messageId = $"load-{user.Index}-{iteration}-{Guid.NewGuid():N}";
        var run = new AgentRunCheck(user, testUser, socket, agent, request, messageId);
        await run.StartAsync(cancellationToken).ConfigureAwait(false);
        await run.WaitAndVerifyAsync(cancellationToken).ConfigureAwait(false);
    }
}
