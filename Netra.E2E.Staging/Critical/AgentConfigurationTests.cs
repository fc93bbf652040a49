using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
public sealed class AgentConfigurationTests : E2ETest
{
    [Test]
    [Legacy("006")]
    public async Task McpConfig_Endpoints_PointAtTheTargetsOwnBackend()
    {
        var response = await Backend.GetAsync("/api/mcp/config", Cancellation);

        response.Should().HaveStatus(200);
        var expected = Target.BackendUrl.ToString().TrimEnd('/') + "/api/mcp";
        response.Str("mcp.servers.netra.endpoint").Should().Be(
            expected, "the MCP server endpoint must be this backend's /api/mcp; it answered {0}", response.Describe());
        response.Str("http.endpoint").Should().Be(
            expected, "the MCP HTTP endpoint must be this backend's /api/mcp; it answered {0}", response.Describe());

        var websocket = response.Str("websocket.endpoint");
        Uri.TryCreate(websocket, UriKind.Absolute, out var ws).Should().BeTrue(
            "websocket.endpoint must be an absolute URL; it answered {0}", response.Describe());
        ws!.Scheme.Should().BeOneOf(["ws", "wss"], "websocket.endpoint must be a WebSocket URL; it answered {0}", response.Describe());
        ws.Authority.Should().Be(
            Target.BackendUrl.Authority, "websocket.endpoint must be served by this backend ({0}); it answered {1}", Target.BackendUrl, response.Describe());
    }
}
