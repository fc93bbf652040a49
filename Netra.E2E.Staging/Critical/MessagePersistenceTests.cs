using Netra.E2E.Shared.Http;
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
        var threadId = await CreateThreadAsync(user, "Message persistence");
        var content = "Keep this verbatim: <b>naïve</b> & \"quoted\" — 🚀 line one\nline two " + Guid.NewGuid().ToString("N");

        var posted = (await Api(user).PostChatMessageAsync(threadId, content, Cancellation)).Response;

        posted.Should().HaveStatus(200, 201).And.HaveJsonString("status", "created")
            .And.HaveJsonString("message.content", content).And.HaveJsonString("message.thread_id", threadId)
            .And.HaveJsonString("message.user_id", user.UserId);
        var messageId = posted.RequireStr("message.id");

        var chat = await Api(user).ChatMessagesAsync(threadId, string.Empty, Cancellation);
        chat.Response.Should().HaveStatus(200).And.HaveJsonNumber("total_count").And.HaveJsonNumber("page")
            .And.HaveJsonNumber("page_size").And.HaveJsonBoolean("has_more");
        var stored = chat.Require().Messages.Where(m => m.Id == messageId).ToList();
        stored.Should().ContainSingle("the posted message {0} must be listed once for its thread; target answered {1}", messageId,
            chat.Response.Describe());
        stored[0].Content.Should().Be(content, "the stored content must be returned verbatim; target answered {0}",
            chat.Response.Describe());
        stored[0].ThreadId.Should().Be(threadId, "the message must stay on its thread; target answered {0}", chat.Response.Describe());
        stored[0].UserId.Should().Be(user.UserId, "the message's author must be the poster; target answered {0}", chat.Response.Describe());

        var history = await ThreadHistoryAsync(user, threadId);
        history.Response.Should().HaveJsonString("thread_id", threadId);
        history.Value!.Messages.Should().ContainSingle(
            m => m.Role == "user" && m.Text == content,
            "the thread's history must hold the message once, as the user's, verbatim; target answered {0}", history.Response.Describe());
    }
}
