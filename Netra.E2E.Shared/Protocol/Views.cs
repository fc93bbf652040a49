using System.Text.Json;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Protocol;

/// <summary>A run started with <c>POST /api/agents/start</c>: its <c>agent_id</c> (the <c>run_id</c> of its events).</summary>
/// <param name="AgentId">The run's id.</param>
/// <param name="Success">The body's <c>success</c>.</param>
/// <param name="Action">The body's <c>action</c>.</param>
public sealed record StartedRun(string AgentId, bool? Success, string? Action);

/// <summary>One entry of <c>GET /api/agents/status</c>.</summary>
/// <param name="AgentId">The run's id.</param>
/// <param name="Status">running, completed, cancelled or error.</param>
/// <param name="AgentType">The agent type.</param>
/// <param name="StartTime">When it started (an instant, whatever the spelling), or null.</param>
/// <param name="LastActivity">When it last emitted an event, or null.</param>
/// <param name="Text">The entry's JSON text, for failure messages.</param>
public sealed record AgentStatus(string? AgentId, string? Status, string? AgentType, DateTimeOffset? StartTime,
    DateTimeOffset? LastActivity, string Text);

/// <summary>A thread as <c>/api/threads</c> answers it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="CreatedAt">When it was created, or null.</param>
/// <param name="UpdatedAt">When it last changed, or null.</param>
/// <param name="MessageCount">Its message_count, or null.</param>
/// <param name="Kind">The body's <c>object</c> (thread).</param>
/// <param name="Metadata">Its metadata as received, or null.</param>
public sealed record ThreadView(
    string? Id, string? Title, DateTimeOffset? CreatedAt, DateTimeOffset? UpdatedAt, long? MessageCount, string? Kind,
        JsonElement? Metadata);

/// <summary>A message as <c>GET /api/threads/{id}/messages</c> lists it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Role">user or assistant.</param>
/// <param name="Text">The first text part's value.</param>
/// <param name="CreatedAt">When it was created, or null.</param>
public sealed record ThreadMessage(string? Id, string? Role, string? Text, DateTimeOffset? CreatedAt);

/// <summary>A page of <c>GET /api/threads/{id}/messages</c>.</summary>
/// <param name="ThreadId">The body's thread_id.</param>
/// <param name="Messages">The messages, in the order received.</param>
/// <param name="Total">The body's total, or null.</param>
public sealed record ThreadHistory(string? ThreadId, IReadOnlyList<ThreadMessage> Messages, long? Total);

/// <summary>A message as <c>/api/chat/messages</c> shows it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Content">Its content.</param>
/// <param name="UserId">Its author.</param>
/// <param name="ThreadId">Its thread.</param>
/// <param name="Timestamp">When it was written (an instant), or null.</param>
/// <param name="MessageType">Its message_type.</param>
public sealed record ChatMessageView(string? Id, string? Content, string? UserId, string? ThreadId, DateTimeOffset? Timestamp,
    string? MessageType);

/// <summary>A page of <c>GET /api/chat/messages</c>.</summary>
/// <param name="Messages">The messages, in the order received.</param>
/// <param name="TotalCount">total_count, or null.</param>
/// <param name="Page">page, or null.</param>
/// <param name="PageSize">page_size, or null.</param>
/// <param name="HasMore">has_more, or null.</param>
public sealed record ChatPage(IReadOnlyList<ChatMessageView> Messages, long? TotalCount, long? Page, long? PageSize, bool? HasMore);

/// <summary>Reads the views from JSON, tolerating what the contract leaves open (extra fields, time spellings).</summary>
internal static class Views
{
    public static AgentStatus Status(JsonElement e)
    {
        JsonElement? j = e;
        return new AgentStatus(j.Str("agent_id"), j.Str("status"), j.Str("agent_type"), j.Time("start_time"), j.Time("last_activity"),
            e.GetRawText());
    }

    public static ThreadView? Thread(JsonElement? j) => j is { ValueKind: JsonValueKind.Object }
        ? new ThreadView(j.Str("id"), j.Str("title"), j.Time("created_at"), j.Time("updated_at"), j.Int("message_count"), j.Str("object"),
            j.Get("metadata"))
        : null;

    public static ThreadMessage Message(JsonElement e)
    {
        JsonElement? j = e;
        return new ThreadMessage(j.Str("id"), j.Str("role"), j.Str("content[0].text.value"), j.Time("created_at"));
    }

    public static ChatMessageView? Chat(JsonElement? j) => j is { ValueKind: JsonValueKind.Object }
        ? new ChatMessageView(j.Str("id"), j.Str("content"), j.Str("user_id"), j.Str("thread_id"), j.Time("timestamp"),
            j.Str("message_type"))
        : null;
}
