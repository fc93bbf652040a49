using FluentAssertions;
using Netra.E2E.Shared.Json;
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
        var threadId = await CreateThreadAsync(user, "History of five");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var sent = Enumerable.Range(1, 5).Select(i => $"History message {i} of 5 ({marker})").ToList();
        foreach (var content in sent)
        {
            // One after the other: the order the target acknowledged them is the order history must keep.
            await PostChatMessageAsync(user, threadId, content);
        }

        var history = await ThreadHistoryAsync(user, threadId);
        var messages = history.Require().Messages;
        messages.Select(m => m.Text).Should().Equal(
            sent, "GET /api/threads/<id>/messages must list the thread's messages oldest first, in the order they were posted; target " +
                "answered {0}",
            history.Response.Describe());
        messages.Select(m => m.Role).Should().OnlyContain(r => r == "user", "every posted message is the user's; target answered {0}",
            history.Response.Describe());
        history.Value!.Total.Should().Be(5, "the thread holds the 5 posted messages; target answered {0}", history.Response.Describe());
        var ids = messages.Select(m => m.Id).ToList();
        ids.Should().OnlyHaveUniqueItems("each message has its own id; target answered {0}",
            history.Response.Describe()).And.NotContainNulls();

        var paged = new List<string?>();
        foreach (var offset in new[] { 0, 2, 4 })
        {
            var page = await ThreadHistoryAsync(user, threadId, $"?limit=2&offset={offset}");
            var pageIds = page.Require().Messages.Select(m => m.Id).ToList();
            pageIds.Should().Equal(
                ids.Skip(offset).Take(2), "page limit=2 offset={0} must hold messages {1}..{2} of the full history; target answered {3}",
                offset, offset + 1, Math.Min(offset + 2, 5), page.Response.Describe());
            page.Response.Int("limit").Should().Be(2, "the page must report the limit asked for; target answered {0}",
                page.Response.Describe());
            page.Response.Int("offset").Should().Be(offset, "the page must report the offset asked for; target answered {0}",
                page.Response.Describe());
            page.Value!.Total.Should().Be(5, "every page reports the thread's total; target answered {0}", page.Response.Describe());
            paged.AddRange(pageIds);
        }

        paged.Should().OnlyHaveUniqueItems("pages at offsets 0, 2, 4 must be disjoint").And.Equal(ids,
            "together the pages are the whole history, in order");
    }
}
