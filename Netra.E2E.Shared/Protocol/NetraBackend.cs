using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Protocol;

/// <summary>
/// The backend's REST verbs of contract 4 as one user calls them: agents, runs' status and cancel, threads (create, read,
/// list, rename, delete), their messages and chat messages. Each returns the typed value and the raw response (for status
/// and header assertions); none asserts, so a test states what it expects.
/// </summary>
public sealed class NetraBackend(NetraApiClient client, TestUser user)
{
    private readonly string _token = (user ?? throw new ArgumentNullException(nameof(user))).AccessToken;
    private IReadOnlyDictionary<string, string>? _headers;

    /// <summary>
    /// The same calls with extra request headers on each (e.g. a forged <c>X-User-ID</c>, which the server must ignore in favour
    /// of the token).
    /// </summary>
    public NetraBackend WithHeaders(IReadOnlyDictionary<string, string> headers) => new(client, User) { _headers = headers };

    /// <summary>The user the calls are made as.</summary>
    public TestUser User { get; } = user;

    /// <summary><c>POST /api/agents/start</c> with <c>{agent_type, message, context?}</c>.</summary>
    public async Task<ApiResult<StartedRun>> StartAgentAsync(string agentType, string message, int? thinkDelayMs,
        CancellationToken cancellationToken)
    {
        object body = thinkDelayMs is { } delay
            ? new { agent_type = agentType, message, context = new { think_delay_ms = delay } }
            : new { agent_type = agentType, message };
        var response = await SendAsync(HttpMethod.Post, "/api/agents/start", body, cancellationToken).ConfigureAwait(false);
        var id = response.Str("agent_id");
        return new(response, id is null ? null : new StartedRun(id, response.Bool("success"), response.Str("action")));
    }

    /// <summary><c>GET /api/agents/status?agent_id=</c> (the id escaped); all of the caller's runs when <paramref name="agentId"/> is
    /// null.</summary>
    public async Task<ApiResult<IReadOnlyList<AgentStatus>>> AgentStatusAsync(string? agentId, CancellationToken cancellationToken)
    {
        var path = agentId is null ? "/api/agents/status" : "/api/agents/status?agent_id=" + Uri.EscapeDataString(agentId);
        var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<AgentStatus>? entries = response.Json is { ValueKind: System.Text.Json.JsonValueKind.Array } list
            ? [.. list.EnumerateArray().Select(Views.Status)]
            : null;
        return new(response, entries);
    }

    /// <summary><c>POST /api/agents/cancel</c> with <c>{agent_id}</c>.</summary>
    public Task<ApiResponse> CancelAgentAsync(string agentId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/api/agents/cancel", new { agent_id = agentId }, cancellationToken);

    /// <summary><c>POST /api/agents/execute</c> with <c>{type, message}</c>; the raw response (its <c>response</c> is the
    /// result).</summary>
    public Task<ApiResponse> ExecuteAgentAsync(string agentType, string message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/api/agents/execute", RestBodies.Execute(agentType, message), cancellationToken);

    /// <summary><c>GET /api/tools</c>; the raw response (its <c>tools</c> describe each tool).</summary>
    public Task<ApiResponse> ListToolsAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "/api/tools", null, cancellationToken);

    /// <summary><c>POST /api/tools/execute</c> with <c>{tool_name, parameters}</c>; the raw response (its <c>result</c> is the
    /// tool's).</summary>
    public Task<ApiResponse> ExecuteToolAsync(string toolName, object parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/api/tools/execute", new { tool_name = toolName, parameters }, cancellationToken);

    /// <summary>As <see cref="ExecuteToolAsync(string, object, CancellationToken)"/> with the parameters as JSON text.</summary>
    public Task<ApiResponse> ExecuteToolAsync(string toolName, string parametersJson, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/api/tools/execute", RestBodies.ExecuteTool(toolName, parametersJson), cancellationToken);

    /// <summary>
    /// <c>POST /api/agents/stream</c> with <c>{agent_type, message}</c>: the run as server-sent events, read in the background
    /// (dispose with <c>await using</c>); its <see cref="EventStreamSession.Response"/> holds status and headers.
    /// </summary>
    public Task<EventStreamSession> StreamAgentAsync(string agentType, string message, CancellationToken cancellationToken) =>
        client.StreamEventsAsync("/api/agents/stream", new { agent_type = agentType, message }, _token, cancellationToken);

    /// <summary><c>POST /api/threads</c> with <c>{title?, metadata?}</c>.</summary>
    public async Task<ApiResult<ThreadView>> CreateThreadAsync(string? title, object? metadata, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/threads", new { title, metadata }, cancellationToken).ConfigureAwait(false);
        return new(response, Views.Thread(response.Json));
    }

    /// <summary><c>GET /api/threads/{id}</c> (the id escaped).</summary>
    public async Task<ApiResult<ThreadView>> GetThreadAsync(string threadId, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, ThreadPath(threadId), null, cancellationToken).ConfigureAwait(false);
        return new(response, Views.Thread(response.Json));
    }

    /// <summary><c>PUT /api/threads/{id}</c> (the id escaped) with <c>{title}</c>; the value is the thread it answers.</summary>
    public async Task<ApiResult<ThreadView>> RenameThreadAsync(string threadId, string title, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Put, ThreadPath(threadId), new { title }, cancellationToken).ConfigureAwait(false);
        return new(response, Views.Thread(response.Json));
    }

    /// <summary><c>DELETE /api/threads/{id}</c> (the id escaped); the raw response (the contract fixes no body).</summary>
    public Task<ApiResponse> DeleteThreadAsync(string threadId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, ThreadPath(threadId), null, cancellationToken);

    /// <summary><c>GET /api/threads</c> with an optional query such as <c>?limit=2&amp;offset=1</c>.</summary>
    public async Task<ApiResult<IReadOnlyList<ThreadView>>> ListThreadsAsync(string query, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, "/api/threads" + query, null, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ThreadView>? threads = response.Json is { ValueKind: System.Text.Json.JsonValueKind.Array } list
            ? [.. list.EnumerateArray().Select(t => Views.Thread(t)!)]
            : null;
        return new(response, threads);
    }

    /// <summary><c>GET /api/threads/{id}/messages</c> with an optional query.</summary>
    public async Task<ApiResult<ThreadHistory>> ThreadMessagesAsync(string threadId, string query, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, ThreadPath(threadId) + "/messages" + query, null, cancellationToken)
            .ConfigureAwait(false);
        var history = response.Get("messages") is { ValueKind: System.Text.Json.JsonValueKind.Array }
            ? new ThreadHistory(response.Str("thread_id"), [.. response.Items("messages").Select(Views.Message)], response.Int("total"))
            : null;
        return new(response, history);
    }

    /// <summary><c>POST /api/chat/messages</c> with <c>{content, thread_id}</c>; the value is the body's <c>message</c>.</summary>
    public async Task<ApiResult<ChatMessageView>> PostChatMessageAsync(string threadId, string content, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/chat/messages", new { content, thread_id = threadId }, cancellationToken)
            .ConfigureAwait(false);
        return new(response, Views.Chat(response.Get("message")));
    }

    /// <summary><c>GET /api/chat/messages</c> for a thread (or all, when null) with an optional query.</summary>
    public async Task<ApiResult<ChatPage>> ChatMessagesAsync(string? threadId, string query, CancellationToken cancellationToken)
    {
        var filter = threadId is null ? string.Empty : "thread_id=" + Uri.EscapeDataString(threadId);
        var rest = query.TrimStart('?');
        var path = "/api/chat/messages" + (filter.Length + rest.Length == 0 ? string.Empty : "?" + string.Join("&", new[] { filter,
            rest }.Where(p => p.Length > 0)));
        var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        var page = response.Get("messages") is { ValueKind: System.Text.Json.JsonValueKind.Array }
            ? new ChatPage(
                [.. response.Items("messages").Select(m => Views.Chat(m)!)], response.Int("total_count"), response.Int("page"),
                response.Int("page_size"), response.Bool("has_more"))
            : null;
        return new(response, page);
    }

    private Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        client.SendAsync(method, path, body, _token, _headers, cancellationToken);

    private static string ThreadPath(string threadId) => "/api/threads/" + Uri.EscapeDataString(threadId);
}
