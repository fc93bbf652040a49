using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
public sealed class AgentDiscoveryTests : E2ETest
{
    private static readonly string[] StreamLifecycle =
        ["agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed", "stream_end"];

    [Test]
    [Legacy("005")]
    [Verifies("REST-MCP-1", "REST-MCP-2", "REST-MCP-3")]
    public async Task McpServers_List_NamesAtLeastOneServerWithStatusAndCapabilities()
    {
        var response = await Backend.GetAsync("/api/mcp/servers", Cancellation);

        response.Should().BeMcpServerList();
    }

    [Test]
    [Legacy("005")]
    [Verifies("REST-AGENTS-1", "REST-AGENTS-2")]
    public async Task AgentStream_Description_ListsTheThreeAgentTypesAndLifecycleEvents()
    {
        var response = await Backend.GetAsync("/api/agents/stream", Cancellation);

        response.Should().HaveStatus(200);
        response.Bool("available").Should().BeTrue("GET /api/agents/stream must report available: true; it answered {0}",
            response.Describe());
        var agents = response.Texts("supported_agents");
        agents.Should().Contain(ContractAgents.AgentTypes, "the target must support every contract agent type; it answered {0}",
            response.Describe());
        var events = response.Texts("stream_events");
        events.Should().Contain(StreamLifecycle,
            "the stream description must name the events POST /api/agents/stream sends; it answered {0}", response.Describe());
    }
}
