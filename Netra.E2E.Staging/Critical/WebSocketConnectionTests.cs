using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class WebSocketConnectionTests : E2ETest
{
    [Test]
    [Legacy("001")]
    [Catches("ws-no-welcome", "health-starting")]
    [Verifies("REST-HEALTH-1", "WS-TOKEN-1", "WS-WELCOME-1", "WS-WELCOME-3", "WS-MSG-1")]
    public async Task WebSocket_AuthenticatedConnect_GetsWelcomeForTokenSubjectAndAnswersPing()
    {
        var health = await Backend.GetAsync("/health", Cancellation);
        health.Should().HaveStatus(200);
        health.Str("status").Should().Be("healthy", "GET /health must report healthy; target said {0}", health.Describe());

        var user = await NewUserAsync();
        var socket = await ConnectAsync(user);
        var welcome = await socket.WaitForWelcomeAsync(Cancellation);

        welcome.Json.Str("type").Should().Be("system_message");
        welcome.Json.Str("data.event").Should().Be("connection_established");
        welcome.Json.Str("data.user_id").Should().Be(user.UserId, "the welcome's user_id must be the token's sub; welcome was {0}",
            welcome.Text);
        welcome.Json.Str("data.connection_id").Should().NotBeNullOrWhiteSpace("the welcome must carry a connection_id; welcome was {0}",
            welcome.Text);
        welcome.Json.Bool("data.connection_ready").Should().BeTrue("the welcome must say connection_ready: true; welcome was {0}",
            welcome.Text);
        welcome.Json.Int("data.config.max_message_size").Should().Be(8192);

        var pong = await socket.RoundTripAsync(Cancellation);

        pong.Json.Str("data.user_id").Should().Be(user.UserId, "the pong must name the connection's user; pong was {0}", pong.Text);
    }
}
