using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class MessagePersistenceTests : E2ETest
{
    [Test]
    [Legacy("012")]
    [Verifies("REST-THREADS-2", "REST-CHAT-1", "REST-CHAT-7", "REST-CHAT-8", "REST-HISTORY-1", "REST-TEXT-1")]
    public async Task ChatMessage_Posted_ReadsBackWithSameContentThreadAndAuthor()
    {
        var user = await NewUserAsync();
        var threadId = await NewThreadAsync(user);
        var content = "Keep this verbatim: <b>naïve</b> & \"quoted\" — 🚀 line one\nline two " + Guid.NewGuid().ToString("N");

        var posted = await Backend.PostJsonAsync("/api/chat/messages", new { content, thread_id = threadId }, user.AccessToken,
            Cancellation);

        posted.Should().HaveStatus(200, 201).And.HaveJsonString("status", "created")
            .And.HaveJsonString("message.content", content).And.HaveJsonString("message.thread_id", threadId)
            .And.HaveJsonString("message.user_id", user.UserId);
        var messageId = posted.RequireStr("message.id");

        var chat = await Backend.GetAsync("/api/chat/messages?thread_id=" + Uri.EscapeDataString(threadId), user.AccessToken, Cancellation);
        chat.Should().HaveStatus(200);
        var stored = chat.Items("messages").Where(m => m.Str("id") == messageId).ToList();
        stored.Should().ContainSingle("the posted message {0} must be listed once for its thread; target answered {1}", messageId,
            chat.Describe());
        stored[0].Str("content").Should().Be(content, "the stored content must be returned verbatim; target answered {0}", chat.Describe());
        stored[0].Str("thread_id").Should().Be(threadId, "the message must stay on its thread; target answered {0}", chat.Describe());
        stored[0].Str("user_id").Should().Be(user.UserId, "the message's author must be the poster; target answered {0}", chat.Describe());

        var history = await Backend.GetAsync($"/api/threads/{Uri.EscapeDataString(threadId)}/messages", user.AccessToken, Cancellation);
        history.Should().HaveStatus(200).And.HaveJsonString("thread_id", threadId);
        var texts = history.Items("messages")
            .Select(m => (Role: m.Str("role"), Text: m.Items("content").Select(c => c.Str("text.value")).FirstOrDefault()))
            .ToList();
        texts.Should().ContainSingle(
            m => m.Role == "user" && m.Text == content,
            "the thread's history must hold the message once, as the user's, verbatim; target answered {0}", history.Describe());
    }

    private async Task<string> NewThreadAsync(TestUser user)
    {
        var created = await Backend.PostJsonAsync("/api/threads", new { title = "Message persistence" }, user.AccessToken, Cancellation);
        created.Should().HaveStatus(200, 201);
        return created.RequireStr("id");
    }
}
