using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class ConcurrentConnectionTests : E2ETest
{
    private const int Users = 5;

    [Test]
    [Legacy("004")]
    [Catches("ws-no-welcome")]
    [Verifies("WS-TOKEN-1", "WS-WELCOME-1", "WS-WELCOME-2", "WS-WELCOME-3", "WS-MSG-1")]
    public async Task WebSocket_FiveUsersConnectingAtOnce_EachGetsOwnWelcomeAndPong()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, Users).Select(i => NewUserAsync($"concurrent{i}")));

        var sockets = await Task.WhenAll(users.Select(u => ConnectAsync(u)));
        var welcomes = await Task.WhenAll(sockets.Select(s => s.WaitForWelcomeAsync(Cancellation)));

        for (var i = 0; i < Users; i++)
        {
            welcomes[i].Json.Str("data.user_id").Should().Be(
                users[i].UserId, "connection {0} must be welcomed as its own token's sub; welcome was {1}", i, welcomes[i].Text);
        }

        var connectionIds = welcomes.Select(w => w.Json.Str("data.connection_id")).ToList();
        connectionIds.Should().OnlyContain(id => !string.IsNullOrWhiteSpace(id),
            "every welcome must carry a connection_id; welcomes were {0}", Describe(welcomes));
        connectionIds.Should().OnlyHaveUniqueItems("{0} simultaneous connections must get distinct connection_ids; welcomes were {1}",
            Users, Describe(welcomes));

        var pongs = await Task.WhenAll(sockets.Select(s => s.RoundTripAsync(Cancellation)));

        for (var i = 0; i < Users; i++)
        {
            pongs[i].Json.Str("data.user_id").Should().Be(
                users[i].UserId, "the pong on connection {0} must name its own user; pong was {1}", i, pongs[i].Text);
        }
    }

    private static string Describe(IEnumerable<ReceivedFrame> frames) => string.Join(Environment.NewLine, frames.Select(f => f.Text));
}
