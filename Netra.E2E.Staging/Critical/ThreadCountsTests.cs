using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>
/// The counts a thread's views report: every view counts the thread's messages, not the page it happens to show. A
/// server that counts the page, or never updates a thread's count, passes every test that reads one full page.
/// </summary>
[Critical]
[WritesData]
public sealed class ThreadCountsTests : E2ETest
{
    private static readonly string[] Contents = ["first of three", "second of three", "third of three"];

    [Test]
    [Catches("chat-total-counts-page", "thread-count-frozen")]
    [Verifies("REST-THREADS-15", "REST-THREADS-9", "REST-HISTORY-4", "REST-CHAT-13", "REST-CHAT-4")]
    public async Task Thread_WithThreeMessages_EveryViewCountsThreeOnAPageOfOne()
    {
        var user = await NewUserAsync();
        var threadId = await CreateThreadAsync(user, "Counting messages");
        foreach (var content in Contents)
        {
            await PostChatMessageAsync(user, threadId, content);
        }

        var thread = await Api(user).GetThreadAsync(threadId, Cancellation);
        thread.Response.Should().HaveStatus(200);
        thread.Require().MessageCount.Should().Be(Contents.Length, "the thread holds the {0} posted messages; target answered {1}",
            Contents.Length, thread.Response.Describe());

        var list = await Api(user).ListThreadsAsync(string.Empty, Cancellation);
        list.Response.Should().HaveStatus(200);
        // A list entry may leave the count out (the contract fixes the thread's shape, not a list entry's); one it shows is right.
        var listed = list.Require().Where(t => t.Id == threadId).ToList();
        listed.Should().ContainSingle("the thread is listed once; target answered {0}", list.Response.Describe());
        if (listed[0].MessageCount is { } count)
        {
            count.Should().Be(Contents.Length, "a listed count is the thread's {0} messages; target answered {1}", Contents.Length,
                list.Response.Describe());
        }

        var history = await ThreadHistoryAsync(user, threadId, "?limit=1");
        history.Require().Messages.Should().HaveCount(1, "limit=1 shows one message; target answered {0}", history.Response.Describe());
        history.Require().Total.Should().Be(Contents.Length, "total counts all the thread's messages, not the page; target answered {0}",
            history.Response.Describe());

        var chat = await Api(user).ChatMessagesAsync(threadId, "?limit=1", Cancellation);
        chat.Response.Should().HaveStatus(200);
        var page = chat.Require();
        page.Messages.Should().HaveCount(1, "limit=1 shows one message; target answered {0}", chat.Response.Describe());
        page.TotalCount.Should().Be(Contents.Length, "total_count counts the whole listing, not the page; target answered {0}",
            chat.Response.Describe());
        page.HasMore.Should().BeTrue("two messages remain after a page of one; target answered {0}", chat.Response.Describe());
    }
}
