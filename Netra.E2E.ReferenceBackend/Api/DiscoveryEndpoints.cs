using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Service discovery, MCP listing/config and the agent-stream description (contract 4).</summary>
internal static class DiscoveryEndpoints
{
    private static readonly string[] StreamEvents =
        ["agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed", "agent_error", "stream_end"];

    public static void MapDiscoveryEndpoints(this WebApplication app)
    {
        app.MapGet("/api/discovery/services", (ServiceUrls urls, ReferenceServerOptions options) => Results.Json(new
        {
            Services = new
            {
                Backend = new { Url = urls.Backend, ApiUrl = urls.Backend + "/api", WsUrl = urls.WebSocket },
                Auth = new { Url = urls.Auth },
                Frontend = new { Url = options.FrontendOrigin },
            },
            Timestamp = DateTime.UtcNow,
            Available = true,
        }));

        app.MapGet("/api/mcp/servers", (ReferenceState state) => Results.Json(new
        {
            Data = new[]
            {
                new
                {
                    Name = "netra",
                    Status = "connected",
                    state.Version,
                    Capabilities = new { Tools = ToolBox.Names, Resources = Array.Empty<string>(), Prompts = Array.Empty<string>() },
                },
            },
            Status = "success",
        }));

        app.MapGet("/api/mcp/config", (ServiceUrls urls) => Results.Json(new
        {
            Mcp = new { Servers = new { Netra = new { Endpoint = urls.Backend + "/api/mcp", Transport = "http" } } },
            Http = new { Endpoint = urls.Backend + "/api/mcp" },
            Websocket = new { Endpoint = urls.WebSocket },
        }));

        app.MapGet("/api/agents/stream", () => Results.Json(new
        {
            Available = true,
            SupportedAgents = AgentCatalog.Types,
            StreamEvents,
        }));
    }
}
