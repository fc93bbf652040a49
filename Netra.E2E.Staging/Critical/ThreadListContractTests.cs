using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>Thread and chat listing rules of contract 4: order, limit range, title and content lengths, has_more.</summary>
[Critical]
[WritesData]
public sealed class ThreadListContractTests : E2ETest
{
    [Test]
    [Catches("threads-oldest-first")]
    [Verifies("REST-THREADS-5")]
    public async Task ThreadList_TwoThreads_NewestFirst()
    {
        var user = await NewUserAsync("order");
        var older = await CreateThreadAsync(user, "older");
        var newer = await CreateThreadAsync(user, "newer");

        var list = await Api(user).ListThreadsAsync(string.Empty, Cancellation);

        list.Response.Should().HaveStatus(200);
        list.Require().Select(t => t.Id).Should().Equal([newer, older],
            "the list is newest first; target answered {0}", list.Response.Describe());
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

        var tooLong = await Api(user).CreateThreadAsync(new string('t', 201), null, Cancellation);
        var exact = await Api(user).CreateThreadAsync(new string('t', 200), null, Cancellation);

        tooLong.Response.Should().BeContractError(422);
        exact.Response.Should().HaveStatus(200, 201);
        exact.Require().Title.Should().HaveLength(200, "target answered {0}", exact.Response.Describe());
    }

    [Test]
    [Catches("content-over-8000-accepted")]
    [Verifies("REST-CHAT-10")]
    public async Task PostMessage_Content8001Then8000_422ThenCreated()
    {
        var user = await NewUserAsync("content");
        var threadId = await CreateThreadAsync(user, "long content");

        var tooLong = await Api(user).PostChatMessageAsync(threadId, new string('c', 8001), Cancellation);
        var exact = await Api(user).PostChatMessageAsync(threadId, new string('c', 8000), Cancellation);

        tooLong.Response.Should().BeContractError(422);
        exact.Response.Should().HaveStatus(200, 201);
    }

    [Test]
    [Catches("chat-has-more-wrong")]
    [Verifies("REST-CHAT-4")]
    public async Task ChatListing_HasMore_TrueExactlyWhenMessagesRemain()
    {
        var user = await NewUserAsync("hasmore");
        var threadId = await CreateThreadAsync(user, "paging");
        foreach (var content in new[] { "first", "second" })
        {
            await PostChatMessageAsync(user, threadId, content);
        }

        var partial = await Api(user).ChatMessagesAsync(threadId, "?limit=1", Cancellation);
        var whole = await Api(user).ChatMessagesAsync(threadId, "?limit=2", Cancellation);

        partial.Require().HasMore.Should().BeTrue("one of two messages remains; target answered {0}", partial.Response.Describe());
        whole.Require().HasMore.Should().BeFalse("no message remains after a page holding both; target answered {0}",
            whole.Response.Describe());
    }
}
