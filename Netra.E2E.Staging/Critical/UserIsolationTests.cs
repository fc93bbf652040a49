using System.Text.Json;
using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
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

        (HttpMethod Method, string Path, object? Body)[] attempts =
        [
            (HttpMethod.Get, $"/api/threads/{threadId}", null),
            (HttpMethod.Get, $"/api/threads/{threadId}/messages", null),
            (HttpMethod.Put, $"/api/threads/{threadId}", new { title = "Taken over" }),
            (HttpMethod.Post, "/api/chat/messages", new { content = "The intruder was here", thread_id = threadId }),
            (HttpMethod.Delete, $"/api/threads/{threadId}", null),
        ];
        foreach (var (method, path, body) in attempts)
        {
            var response = await Backend.SendAsync(method, path, body, intruder.AccessToken, null, Cancellation);
            response.Should().HaveStatus(403, 404);
            response.Body.Should().NotContain(secret, "a refusal must not carry the owner's message; target answered {0}",
                response.Describe());
        }

        // The contract names no answer for a thread filter on another user's thread: refused, or an empty page, never its messages.
        var filtered = await Backend.GetAsync($"/api/chat/messages?thread_id={threadId}", intruder.AccessToken, Cancellation);
        filtered.Should().HaveStatus(200, 403, 404);
        filtered.Items("messages").Should().BeEmpty("user {0} must not see messages of {1}'s thread; target answered {2}", intruder.UserId,
            owner.UserId, filtered.Describe());
        filtered.Body.Should().NotContain(secret);

        var threads = await Backend.GetAsync("/api/threads?limit=100", intruder.AccessToken, Cancellation);
        threads.Should().HaveStatus(200);
        IdsOf(threads.Json).Should().NotContain(threadId,
            "the intruder's thread list must hold none of the owner's threads; target answered {0}", threads.Describe());
        var chat = await Backend.GetAsync("/api/chat/messages?limit=100", intruder.AccessToken, Cancellation);
        chat.Should().HaveStatus(200);
        chat.Items("messages").Select(m => m.Str("id")).Should().NotContain(
            messageId, "the intruder's message list must hold none of the owner's messages; target answered {0}", chat.Describe());
        chat.Body.Should().NotContain(secret);

        var intact = await Backend.GetAsync($"/api/threads/{threadId}", owner.AccessToken, Cancellation);
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

        var read = await Backend.SendAsync(HttpMethod.Get, $"/api/threads/{threadId}", null, intruder.AccessToken, forged, Cancellation);
        read.Should().HaveStatus(403, 404);

        var list = await Backend.SendAsync(HttpMethod.Get, "/api/threads?limit=100", null, intruder.AccessToken, forged, Cancellation);
        list.Should().HaveStatus(200);
        IdsOf(list.Json).Should().NotContain(threadId,
            "an X-User-ID header naming the owner must not list the owner's threads; target answered {0}", list.Describe());

        var created = await Backend.SendAsync(HttpMethod.Post, "/api/threads", new { title = "Made under a forged header" },
            intruder.AccessToken, forged, Cancellation);
        created.Should().HaveStatus(200, 201);
        var createdId = created.RequireStr("id");
        var ownerList = await Backend.GetAsync("/api/threads?limit=100", owner.AccessToken, Cancellation);
        ownerList.Should().HaveStatus(200);
        IdsOf(ownerList.Json).Should().Equal(
            [threadId], "a thread created with a forged X-User-ID belongs to the token's user, not the owner; the owner's list was {0}",
                ownerList.Describe());
        var intruderList = await Backend.GetAsync("/api/threads?limit=100", intruder.AccessToken, Cancellation);
        IdsOf(intruderList.Json).Should().Equal([createdId], "the thread belongs to the token's user; their list was {0}",
            intruderList.Describe());
    }

    private static List<string?> IdsOf(JsonElement? list) => list.Items(string.Empty).Select(t => t.Str("id")).ToList();
}
