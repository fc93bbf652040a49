using Netra.E2E.ReferenceBackend.Threads;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>The JSON shapes of threads and messages (contract 4).</summary>
internal static class ThreadShapes
{
    public static object Thread(ThreadSnapshot thread, VariantStyle style) => new
    {
        thread.Id,
        Object = "thread",
        thread.Title,
        thread.CreatedAt,
        thread.UpdatedAt,
        Metadata = style.EchoClientObject(thread.Metadata),
        thread.MessageCount,
    };

    /// <summary>A message as <c>GET /api/threads/{id}/messages</c> lists it.</summary>
    public static object ThreadMessage(ChatMessage message) => new
    {
        message.Id,
        message.Role,
        Content = new[] { new { Type = "text", Text = new { Value = message.Content } } },
        message.CreatedAt,
        message.Metadata,
    };

    /// <summary>A message as <c>/api/chat/messages</c> shows it.</summary>
    public static object ChatMessage(ChatMessage message) => new
    {
        message.Id,
        message.Content,
        message.UserId,
        message.ThreadId,
        Timestamp = message.CreatedAt,
        message.MessageType,
    };
}
