using FluentAssertions.Execution;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Pipeline;

[Pipeline]
[WritesData]
public sealed class MessageApiTests : E2ETest
{
    private const int MaxContent = 8000;

    [Test]
    [Legacy("test_2 MessageEndpoints")]
    [Catches("user-message-ack-only", "history-misordered")]
    [Verifies("REST-CHAT-1", "REST-CHAT-12", "REST-HISTORY-1", "REST-HISTORY-3", "AGENT-THREAD-1", "AGENT-THREAD-2")]
    public async Task Messages_AfterARunOnAThread_AgreeBetweenChatAndThreadEndpoints()
    {
        var user = await NewUserAsync();
        var threadId = await CreateThreadAsync(user, "Pipeline message endpoints");
        var socket = await ConnectWelcomedAsync(user);
        const string Request = "Please list the queries that produced the monthly revenue report";
        var sent = await SendUserMessageAsync(socket, Request, new RunOptions { ThreadId = threadId });
        var run = await sent.WaitForEndAsync(Cancellation);
        var completed = run.Terminal!;
        completed.Type.Should().Be(AgentEventTypes.AgentCompleted, "the run must complete; {0}", socket.Frames.Describe());
        var summary = completed.Result.Str("summary");
        summary.Should().NotBeNullOrWhiteSpace("agent_completed carries result.summary; it was {0}", completed.Frame.Text);

        var thread = (await Api(user).ThreadMessagesAsync(threadId, string.Empty, Cancellation)).Response;
        thread.Should().HaveStatus(200);
        thread.Str("thread_id").Should().Be(threadId, "the listing names its thread; target said {0}", thread.Describe());
        thread.Int("total").Should().Be(2, "a run appends the user's message and the assistant's summary, nothing else; target said {0}",
            thread.Describe());
        var listed = thread.Items("messages").ToList();
        listed.Select(m => m.Str("role")).Should().Equal(["user", "assistant"], "thread messages come oldest first; target said {0}",
            thread.Describe());
        listed[0].Str("content.0.text.value").Should().Be(Request, "the user's message is stored verbatim; target said {0}",
            thread.Describe());
        listed[0].Str("content.0.type").Should().Be("text", "message content parts are typed text; target said {0}", thread.Describe());
        listed[1].Str("content.0.text.value").Should().Be(summary, "the assistant's message is the run's summary; target said {0}",
            thread.Describe());

        var chat = (await Api(user).ChatMessagesAsync(threadId, string.Empty, Cancellation)).Response;
        chat.Should().HaveStatus(200);
        chat.Int("total_count").Should().Be(2, "the chat view of the thread holds the same two messages; target said {0}", chat.Describe());
        var chatMessages = chat.Items("messages").ToList();
        chatMessages.Should().OnlyContain(m => m.Str("thread_id") == threadId,
            "chat messages filtered by thread_id belong to it; target said {0}", chat.Describe());
        chatMessages.Concat(listed).Should().OnlyContain(m => !string.IsNullOrEmpty(m.Str("id")),
            "every message carries an id; chat said {0}", chat.Describe());
        var chatById = chatMessages.ToDictionary(m => m.Str("id") ?? "(no id)", m => m.Str("content"));
        var threadById = listed.ToDictionary(m => m.Str("id") ?? "(no id)", m => m.Str("content.0.text.value"));
        chatById.Should().Equal(threadById,
            "both endpoints must show the same messages (id → content); chat said {0}; thread said {1}", chat.Describe(),
                thread.Describe());
        chatMessages.Single(m => m.Str("id") == listed[0].Str("id")).Str("user_id").Should().Be(
            user.UserId, "the user's message is authored by the user; chat said {0}", chat.Describe());
    }

    [Test]
    [Legacy("test_2 MessageApiValidation")]
    [Catches("thread-idor")]
    [Verifies("REST-CHAT-9", "REST-CHAT-10", "REST-CHAT-11")]
    public async Task ChatMessages_OutOfBoundsContentOrForeignThread_AreRefused()
    {
        var user = await NewUserAsync("author");
        var other = await NewUserAsync("neighbour");
        var threadId = await CreateThreadAsync(user, "Validation");
        var foreignThreadId = await CreateThreadAsync(other, "Not yours");

        foreach (var (content, what) in new[] { (string.Empty, "empty content"), (new string('x', MaxContent + 1),
            $"content of {MaxContent + 1} characters") })
        {
            var refused = (await Api(user).PostChatMessageAsync(threadId, content, Cancellation)).Response;
            using (new AssertionScope($"the answer to {what}"))
            {
                refused.Should().BeContractError(422);
            }
        }

        var longest = new string('y', MaxContent);
        var accepted = await PostChatMessageAsync(user, threadId, longest);
        accepted.Require().Content.Should().Be(longest, "content of exactly {0} characters is stored verbatim; target said {1}",
            MaxContent, accepted.Response.Describe());

        var intrusion = await Api(user).PostChatMessageAsync(foreignThreadId, "written into someone else's thread", Cancellation);
        intrusion.Response.Should().HaveStatus(403, 404);

        var mine = await ThreadHistoryAsync(user, threadId);
        mine.Value!.Total.Should().Be(1, "only the valid message may be stored; target said {0}", mine.Response.Describe());
        var theirs = await ThreadHistoryAsync(other, foreignThreadId);
        theirs.Value!.Total.Should().Be(0, "the refused post must not land in the other user's thread; target said {0}",
            theirs.Response.Describe());
    }

    [Test]
    [Legacy("test_2 ThreadManagement")]
    [Catches("rename-title-unchecked")]
    [Verifies("REST-THREADS-1", "REST-THREADS-2", "REST-THREADS-3", "REST-THREADS-4", "REST-THREADS-9", "REST-THREADS-10",
        "REST-THREADS-11", "REST-THREADS-12")]
    public async Task Thread_CreateRenameListDelete_EachReadsBackAndDeletedIsGone()
    {
        var user = await NewUserAsync();
        var api = Api(user);
        var created = await api.CreateThreadAsync("Quarterly planning", null, Cancellation);
        created.Response.Should().HaveStatus(200, 201);
        var threadId = created.Response.RequireStr("id");
        var thread = created.Require();
        thread.Kind.Should().Be("thread", "a created thread says object: thread; target said {0}", created.Response.Describe());
        thread.Title.Should().Be("Quarterly planning", "the title is stored as sent; target said {0}", created.Response.Describe());
        thread.MessageCount.Should().Be(0, "a new thread has no messages; target said {0}", created.Response.Describe());

        const string Renamed = "Quarterly planning (final)";
        var renamed = await api.RenameThreadAsync(threadId, Renamed, Cancellation);
        renamed.Response.Should().HaveStatus(200);
        renamed.Require().Title.Should().Be(Renamed, "PUT answers the renamed thread; target said {0}", renamed.Response.Describe());
        // REST-THREADS-4 limits every title to 200 characters: a rename cannot store one that creation refuses.
        var tooLong = await api.RenameThreadAsync(threadId, new string('r', 201), Cancellation);
        tooLong.Response.Should().HaveStatus(422);
        var read = await api.GetThreadAsync(threadId, Cancellation);
        read.Response.Should().HaveStatus(200);
        read.Require().Title.Should().Be(Renamed, "the accepted rename reads back, the refused one changed nothing; target said {0}",
            read.Response.Describe());

        var list = await api.ListThreadsAsync(string.Empty, Cancellation);
        list.Response.Should().HaveStatus(200);
        list.Require().Where(t => t.Id == threadId).Select(t => t.Title)
            .Should().Equal([Renamed], "the list holds the thread once, renamed; target said {0}", list.Response.Describe());

        var deleted = await api.DeleteThreadAsync(threadId, Cancellation);
        deleted.Should().HaveStatus(200); // the contract fixes 200 (REST-THREADS-11), not 204
        var gone = await api.GetThreadAsync(threadId, Cancellation);
        gone.Response.Should().HaveStatus(404);
        var after = await api.ListThreadsAsync(string.Empty, Cancellation);
        after.Response.Should().HaveStatus(200);
        after.Require().Select(t => t.Id).Should().NotContain(threadId,
            "a deleted thread leaves the list; target said {0}", after.Response.Describe());
    }
}
