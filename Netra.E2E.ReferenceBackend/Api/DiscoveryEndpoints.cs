using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Service discovery, MCP listing/config and the agent-stream description (contract 4).</summary>
internal static class DiscoveryEndpoints
{
    private static readonly string[] StreamEvents =
        ["agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed", "agent_error", "stream_end"];

    /// <summary>Where the real deployment serves MCP over WebSocket: <c>&lt;backend&gt;/api/mcp/ws</c> with a ws(s) scheme.</summary>
    private static string McpWebSocket(ServiceUrls urls) =>
        new UriBuilder(urls.Backend) { Scheme = urls.Backend.StartsWith("https", StringComparison.Ordinal) ? "wss" : "ws",
            Path = "/api/mcp/ws" }
            .Uri.ToString();

    public static void MapDiscoveryEndpoints(this WebApplication app)
    {
        app.MapGet("/api/discovery/services", (ServiceUrls urls, ReferenceServerOptions options, VariantStyle style) => Results.Json(new
        {
            Services = new
            {
                Backend = new { Url = urls.Backend, ApiUrl = urls.Backend + "/api", WsUrl = urls.WebSocket },
                Auth = new { Url = urls.Auth },
                Frontend = new { Url = options.FrontendOrigin },
            },
            Timestamp = DateTime.UtcNow,
            Available = !style.Alternate,
        }));

        app.MapGet("/api/mcp/servers", (ReferenceState state) => Results.Json(new
        {
            Data = new[]
            {
                new
                {
                    Name = state.Style.Alternate ? "netra-mcp-server" : "netra",
                    Status = "connected",
                    state.Version,
                    Capabilities = state.Style.Alternate
                        ? (object)new { Tools = true, Resources = false, Prompts = false }
                        : new { Tools = ToolBox.Names, Resources = Array.Empty<string>(), Prompts = Array.Empty<string>() },
                },
            },
            Status = "success",
        }));

        app.MapGet("/api/mcp/config", (ServiceUrls urls, VariantStyle style) => Results.Json(new
        {
            Mcp = new { Servers = new { Netra = new { Endpoint = urls.Backend + "/api/mcp", Transport = "http" } } },
            Http = new { Endpoint = urls.Backend + "/api/mcp" },
            Websocket = new { Endpoint = style.Alternate ? McpWebSocket(urls) : urls.WebSocket },
        }));

        app.MapGet("/api/agents/stream", () => Results.Json(new
        {
            Available = true,
            SupportedAgents = AgentCatalog.Types,
            StreamEvents,
        }));
    }
}
