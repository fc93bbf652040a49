using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class UserIsolationTests : E2ETest
{
    private const string OwnerTitle = "Owner's private thread";

    [Test]
    [Legacy("016")]
    [Catches("thread-idor")]
    [Verifies("REST-THREADS-1", "REST-THREADS-14", "REST-HISTORY-5", "REST-CHAT-6", "REST-CHAT-11")]
    public async Task Threads_OfAnotherUser_AreNeitherReadableNorWritableNorListed()
    {
        var owner = await NewUserAsync("owner");
        var intruder = await NewUserAsync("intruder");
        var threadId = await CreateThreadAsync(owner, OwnerTitle);
        var secret = $"Owner's private note {Guid.NewGuid():N}";
        var posted = await PostChatMessageAsync(owner, threadId, secret);
        var messageId = posted.Require().Id!;

        var asIntruder = Api(intruder);
        Func<Task<ApiResponse>>[] attempts =
        [
            async () => (await asIntruder.GetThreadAsync(threadId, Cancellation)).Response,
            async () => (await asIntruder.ThreadMessagesAsync(threadId, string.Empty, Cancellation)).Response,
            async () => (await asIntruder.RenameThreadAsync(threadId, "Taken over", Cancellation)).Response,
            async () => (await asIntruder.PostChatMessageAsync(threadId, "The intruder was here", Cancellation)).Response,
            () => asIntruder.DeleteThreadAsync(threadId, Cancellation),
        ];
        foreach (var attempt in attempts)
        {
            var response = await attempt();
            response.Should().HaveStatus(403, 404);
            response.Body.Should().NotContain(secret, "a refusal must not carry the owner's message; target answered {0}",
                response.Describe());
        }

        // The contract names no answer for a thread filter on another user's thread: refused, or an empty page, never its messages.
        var filtered = (await Api(intruder).ChatMessagesAsync(threadId, string.Empty, Cancellation)).Response;
        filtered.Should().HaveStatus(200, 403, 404);
        filtered.Items("messages").Should().BeEmpty("user {0} must not see messages of {1}'s thread; target answered {2}", intruder.UserId,
            owner.UserId, filtered.Describe());
        filtered.Body.Should().NotContain(secret);

        var threads = await Api(intruder).ListThreadsAsync("?limit=100", Cancellation);
        threads.Response.Should().HaveStatus(200);
        IdsOf(threads).Should().NotContain(threadId,
            "the intruder's thread list must hold none of the owner's threads; target answered {0}", threads.Response.Describe());
        var chat = await Api(intruder).ChatMessagesAsync(null, "?limit=100", Cancellation);
        chat.Response.Should().HaveStatus(200);
        chat.Require().Messages.Select(m => m.Id).Should().NotContain(
            messageId, "the intruder's message list must hold none of the owner's messages; target answered {0}",
                chat.Response.Describe());
        chat.Response.Body.Should().NotContain(secret);

        var intact = (await Api(owner).GetThreadAsync(threadId, Cancellation)).Response;
        intact.Should().HaveStatus(200).And.HaveJsonString("title", OwnerTitle);
        var history = await ThreadHistoryAsync(owner, threadId);
        history.Require().Messages.Select(m => m.Text).Should().Equal(
            [secret], "the intruder's refused post must not have reached the owner's thread; target answered {0}",
                history.Response.Describe());
    }

    [Test]
    [Legacy("016")]
    [Catches("thread-idor")]
    [Verifies("REST-AUTH-6", "REST-THREADS-1")]
    public async Task Threads_WithForgedUserIdHeader_AnswerForTheTokenUserOnly()
    {
        var owner = await NewUserAsync("owner");
        var intruder = await NewUserAsync("intruder");
        var threadId = await CreateThreadAsync(owner, OwnerTitle);
        var forged = new Dictionary<string, string> { ["X-User-ID"] = owner.UserId };

        var asIntruder = Api(intruder).WithHeaders(forged);
        var read = await asIntruder.GetThreadAsync(threadId, Cancellation);
        read.Response.Should().HaveStatus(403, 404);

        var list = await asIntruder.ListThreadsAsync("?limit=100", Cancellation);
        list.Response.Should().HaveStatus(200);
        IdsOf(list).Should().NotContain(threadId,
            "an X-User-ID header naming the owner must not list the owner's threads; target answered {0}", list.Response.Describe());

        var created = await asIntruder.CreateThreadAsync("Made under a forged header", metadata: null, Cancellation);
        created.Response.Should().HaveStatus(200, 201);
        var createdId = created.Response.RequireStr("id");
        var ownerList = await Api(owner).ListThreadsAsync("?limit=100", Cancellation);
        ownerList.Response.Should().HaveStatus(200);
        IdsOf(ownerList).Should().Equal(
            [threadId], "a thread created with a forged X-User-ID belongs to the token's user, not the owner; the owner's list was {0}",
                ownerList.Response.Describe());
        var intruderList = await Api(intruder).ListThreadsAsync("?limit=100", Cancellation);
        IdsOf(intruderList).Should().Equal([createdId], "the thread belongs to the token's user; their list was {0}",
            intruderList.Response.Describe());
    }

    private static List<string?> IdsOf(ApiResult<IReadOnlyList<ThreadView>> list) => [.. list.Require().Select(t => t.Id)];
}
