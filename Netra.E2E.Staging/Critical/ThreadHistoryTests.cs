using FluentAssertions;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class ThreadHistoryTests : E2ETest
{
    [Test]
    [Legacy("015")]
    [Catches("history-misordered")]
    [Verifies("REST-HISTORY-1", "REST-HISTORY-2", "REST-HISTORY-3", "REST-HISTORY-4")]
    public async Task ThreadHistory_FiveMessages_ReadBackOldestFirstInDisjointPages()
    {
        var user = await NewUserAsync();
        var threadId = await ThreadCalls.CreateAsync(Backend, user, "History of five", Cancellation);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var sent = Enumerable.Range(1, 5).Select(i => $"History message {i} of 5 ({marker})").ToList();
        foreach (var content in sent)
        {
            // One after the other: the order the target acknowledged them is the order history must keep.
            await ThreadCalls.PostMessageAsync(Backend, user, threadId, content, Cancellation);
        }

        var history = await ThreadCalls.MessagesAsync(Backend, user, threadId, Cancellation);
        var messages = history.Items("messages");
        messages.Select(ThreadCalls.TextOf).Should().Equal(
            sent, "GET /api/threads/<id>/messages must list the thread's messages oldest first, in the order they were posted; target answered {0}",
            history.Describe());
        messages.Select(ThreadCalls.RoleOf).Should().OnlyContain(r => r == "user", "every posted message is the user's; target answered {0}", history.Describe());
        history.Int("total").Should().Be(5, "the thread holds the 5 posted messages; target answered {0}", history.Describe());
        var ids = messages.Select(ThreadCalls.IdOf).ToList();
        ids.Should().OnlyHaveUniqueItems("each message has its own id; target answered {0}", history.Describe()).And.NotContainNulls();

        var paged = new List<string?>();
        foreach (var offset in new[] { 0, 2, 4 })
        {
            var page = await ThreadCalls.MessagesAsync(Backend, user, threadId, Cancellation, $"?limit=2&offset={offset}");
            var pageIds = page.Items("messages").Select(ThreadCalls.IdOf).ToList();
            pageIds.Should().Equal(
                ids.Skip(offset).Take(2), "page limit=2 offset={0} must hold messages {1}..{2} of the full history; target answered {3}",
                offset, offset + 1, Math.Min(offset + 2, 5), page.Describe());
            page.Int("limit").Should().Be(2, "the page must report the limit asked for; target answered {0}", page.Describe());
            page.Int("offset").Should().Be(offset, "the page must report the offset asked for; target answered {0}", page.Describe());
            page.Int("total").Should().Be(5, "every page reports the thread's total; target answered {0}", page.Describe());
            paged.AddRange(pageIds);
        }

        paged.Should().OnlyHaveUniqueItems("pages at offsets 0, 2, 4 must be disjoint").And.Equal(ids, "together the pages are the whole history, in order");
    }
}
