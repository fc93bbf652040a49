using System.Text.Json;
using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Staging.Critical;

// REST steps on threads and their messages that several Critical tests share.
internal static class ThreadCalls
{
    public static async Task<string> CreateAsync(NetraApiClient backend, TestUser user, string title, CancellationToken cancellationToken)
    {
        var created = await backend.PostJsonAsync("/api/threads", new { title }, user.AccessToken, cancellationToken);
        created.Should().HaveStatus(200, 201);
        return created.RequireStr("id");
    }

    public static async Task<ApiResponse> PostMessageAsync(
        NetraApiClient backend, TestUser user, string threadId, string content, CancellationToken cancellationToken)
    {
        var posted = await backend.PostJsonAsync("/api/chat/messages", new { content, thread_id = threadId }, user.AccessToken,
            cancellationToken);
        posted.Should().HaveStatus(200, 201);
        return posted;
    }

    public static async Task<ApiResponse> MessagesAsync(
        NetraApiClient backend, TestUser user, string threadId, CancellationToken cancellationToken, string query = "")
    {
        var messages = await backend.GetAsync($"/api/threads/{threadId}/messages{query}", user.AccessToken, cancellationToken);
        messages.Should().HaveStatus(200);
        return messages;
    }

    public static string? TextOf(JsonElement message) => ((JsonElement?)message).Str("content[0].text.value");

    public static string? RoleOf(JsonElement message) => ((JsonElement?)message).Str("role");

    public static string? IdOf(JsonElement message) => ((JsonElement?)message).Str("id");
}
