using System.Diagnostics;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Load.Scenarios;

/// <summary>The steps the scenarios share, measured: getting a token and a welcomed WebSocket.</summary>
internal static class UserSteps
{
    /// <summary>A new user of the target, in the run's auth mode, timed into <see cref="LoadHistograms.Token"/>.</summary>
    public static async Task<TestUser> AuthenticateAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var auth = new E2EAuthHelper(user.Target.Target, user.Target.Http.CreateClient(user.Target.Target.AuthUrl, user.Evidence));
        var clock = Stopwatch.StartNew();
        var testUser = await auth.CreateAuthenticatedUserAsync($"load-{user.Index}", cancellationToken).ConfigureAwait(false);
        user.Metrics.Record(LoadHistograms.Token, clock.Elapsed);
        return testUser;
    }

    /// <summary>
    /// Opens the WebSocket with the token in the Authorization header and waits for the welcome (the library's connect
    /// deadline); handshake start to welcome is timed into <see cref="LoadHistograms.Welcome"/>.
    /// </summary>
    public static async Task<(NetraWebSocketClient Socket, ReceivedFrame Welcome)> ConnectWelcomedAsync(
        VirtualUser user, TestUser testUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(testUser);
        var started = DateTimeOffset.UtcNow;
        var socket = await NetraWebSocketClient.ConnectAsync(
            user.Target.Target, WebSocketConnectOptions.WithToken(testUser.AccessToken), user.Evidence,
                cancellationToken).ConfigureAwait(false);
        try
        {
            var welcome = await socket.WaitForWelcomeAsync(cancellationToken).ConfigureAwait(false);
            user.Metrics.Record(LoadHistograms.Welcome, welcome.ReceivedAt - started);
            return (socket, welcome);
        }
        catch (Exception)
        {
            await socket.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
