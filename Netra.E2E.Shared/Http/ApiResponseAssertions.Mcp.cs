using System.Text.Json;
using FluentAssertions;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Http;

/// <summary>The MCP answers of contract 4, accepting exactly the shapes contract v2 allows.</summary>
public sealed partial class ApiResponseAssertions
{
    private static readonly string[] Capabilities = ["tools", "resources", "prompts"];

    /// <summary>
    /// <c>GET /api/mcp/servers</c>: 200, <c>status: "success"</c>, at least one server, each with a name, a status and
    /// capabilities <c>tools</c>, <c>resources</c>, <c>prompts</c>, each a boolean or a list (contract v2).
    /// </summary>
    public AndConstraint<ApiResponseAssertions> BeMcpServerList()
    {
        HaveStatus(200).And.HaveJsonString("status", "success");
        var servers = Subject.Items("data");
        Check(servers.Count > 0, "Expected at least one MCP server in data");
        foreach (var server in servers)
        {
            JsonElement? entry = server;
            Check(!string.IsNullOrWhiteSpace(entry.Str("name")), $"Expected every MCP server to have a name; entry {server.GetRawText()}");
            Check(!string.IsNullOrWhiteSpace(entry.Str("status")),
                $"Expected every MCP server to have a status; entry {server.GetRawText()}");
            foreach (var capability in Capabilities)
            {
                var kind = entry.Get("capabilities." + capability)?.ValueKind;
                Check(
                    kind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Array,
                    $"Expected capabilities.{capability} to be a boolean or a list; entry {server.GetRawText()}");
            }
        }

        return new AndConstraint<ApiResponseAssertions>(this);
    }

    /// <summary>
    /// <c>GET /api/mcp/config</c>: <c>mcp.servers.netra.endpoint</c> and <c>http.endpoint</c> are the backend's
    /// <c>/api/mcp</c>; <c>websocket.endpoint</c> is any ws(s) URL on the backend's host (contract v2).
    /// </summary>
    public AndConstraint<ApiResponseAssertions> BeMcpConfigOf(Uri backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        HaveStatus(200);
        var expected = backend.ToString().TrimEnd('/') + "/api/mcp";
        HaveJsonUrl("mcp.servers.netra.endpoint", expected).And.HaveJsonUrl("http.endpoint", expected);
        var websocket = Subject.Str("websocket.endpoint");
        return Check(
            Uri.TryCreate(websocket, UriKind.Absolute, out var ws) && ws.Scheme is "ws" or "wss"
            && string.Equals(ws.Host, backend.Host, StringComparison.OrdinalIgnoreCase),
            $"Expected websocket.endpoint to be a ws(s) URL on the backend's host {backend.Host}, but it was {websocket ?? "missing"}");
    }

    /// <summary>The URL at <paramref name="path"/> is <paramref name="expected"/>, ignoring a trailing slash and host case.</summary>
    public AndConstraint<ApiResponseAssertions> HaveJsonUrl(string path, string expected)
    {
        var actual = Subject.Str(path);
        var same = Uri.TryCreate(actual, UriKind.Absolute, out var url) && Uri.TryCreate(expected, UriKind.Absolute, out var want)
            && string.Equals(url.GetLeftPart(UriPartial.Path).TrimEnd('/'), want.GetLeftPart(UriPartial.Path).TrimEnd('/'),
                StringComparison.OrdinalIgnoreCase);
        return Check(same, $"Expected JSON '{path}' to be the URL {expected}, but it was {actual ?? "missing"}");
    }
}
