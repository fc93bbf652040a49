using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
public sealed class AgentConfigurationTests : E2ETest
{
    [Test]
    [Legacy("006")]
    [Verifies("REST-MCP-4", "REST-MCP-5")]
    public async Task McpConfig_Endpoints_PointAtTheTargetsOwnBackend()
    {
        var response = await Backend.GetAsync("/api/mcp/config", Cancellation);

        response.Should().BeMcpConfigOf(Target.BackendUrl);
    }
}
