using FluentAssertions;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>Thread and chat listing rules of contract 4: order, limit range, title and content lengths, has_more.</summary>
[Critical]
[WritesData]
public sealed class ThreadListContractTests : E2ETest
{
    private async Task<string> NewThreadAsync(TestUser user, string title)
    {
        var created = await Backend.PostJsonAsync("/api/threads", new { title }, user.AccessToken, Cancellation);
        created.Should().HaveStatus(200, 201);
        return created.RequireStr("id");
    }

    [Test]
    [Catches("threads-oldest-first")]
    [Verifies("REST-THREADS-5")]
    public async Task ThreadList_TwoThreads_NewestFirst()
    {
        var user = await NewUserAsync("order");
        var older = await NewThreadAsync(user, "older");
        var newer = await NewThreadAsync(user, "newer");

        var list = await Backend.GetAsync("/api/threads", user.AccessToken, Cancellation);

        list.Should().HaveStatus(200);
        list.Items(string.Empty).Select(t => t.Str("id")).Should().Equal([newer, older],
            "the list is newest first; target answered {0}", list.Describe());
    }

    [TestCase("/api/threads?limit=0")]
    [TestCase("/api/threads?limit=101")]
    [TestCase("/api/chat/messages?limit=0")]
    [TestCase("/api/chat/messages?limit=101")]
    [Catches("paging-limit-clamped")]
    [Verifies("REST-THREADS-8", "REST-CHAT-5", "HTTP-STATUS-3")]
    public async Task Listing_LimitOutside1To100_422(string path)
    {
        var user = await NewUserAsync("limit");

        var response = await Backend.GetAsync(path, user.AccessToken, Cancellation);

        response.Should().BeContractError(422);
    }

    [Test]
    [Catches("title-over-200-accepted")]
    [Verifies("REST-THREADS-4")]
    public async Task CreateThread_Title201Then200_422ThenCreated()
    {
        var user = await NewUserAsync("title");

        var tooLong = await Backend.PostJsonAsync("/api/threads", new { title = new string('t', 201) }, user.AccessToken, Cancellation);
        var exact = await Backend.PostJsonAsync("/api/threads", new { title = new string('t', 200) }, user.AccessToken, Cancellation);

        tooLong.Should().BeContractError(422);
        exact.Should().HaveStatus(200, 201);
        exact.Str("title").Should().HaveLength(200, "target answered {0}", exact.Describe());
    }

    [Test]
    [Catches("content-over-8000-accepted")]
    [Verifies("REST-CHAT-10")]
    public async Task PostMessage_Content8001Then8000_422ThenCreated()
    {
        var user = await NewUserAsync("content");
        var threadId = await NewThreadAsync(user, "long content");

        var tooLong = await Backend.PostJsonAsync("/api/chat/messages", new { content = new string('c', 8001), thread_id = threadId },
            user.AccessToken, Cancellation);
        var exact = await Backend.PostJsonAsync("/api/chat/messages", new { content = new string('c', 8000), thread_id = threadId },
            user.AccessToken, Cancellation);

        tooLong.Should().BeContractError(422);
        exact.Should().HaveStatus(200, 201);
    }

    [Test]
    [Catches("chat-has-more-wrong")]
    [Verifies("REST-CHAT-4")]
    public async Task ChatListing_HasMore_TrueExactlyWhenMessagesRemain()
    {
        var user = await NewUserAsync("hasmore");
        var threadId = await NewThreadAsync(user, "paging");
        foreach (var content in new[] { "first", "second" })
        {
            (await Backend.PostJsonAsync("/api/chat/messages", new { content, thread_id = threadId }, user.AccessToken,
                Cancellation)).Should().HaveStatus(200, 201);
        }

        var partial = await Backend.GetAsync($"/api/chat/messages?thread_id={threadId}&limit=1", user.AccessToken, Cancellation);
        var whole = await Backend.GetAsync($"/api/chat/messages?thread_id={threadId}&limit=2", user.AccessToken, Cancellation);

        partial.Bool("has_more").Should().BeTrue("one of two messages remains; target answered {0}", partial.Describe());
        whole.Bool("has_more").Should().BeFalse("no message remains after a page holding both; target answered {0}", whole.Describe());
    }
}
