using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>Paging of the thread list and the chat listing, unknown thread ids, and the profile read (contract 4).</summary>
[Critical]
[WritesData]
public sealed class ThreadPagingTests : E2ETest
{
    [Test]
    [Legacy("NEW")]
    [Verifies("REST-THREADS-6", "REST-THREADS-7")]
    public async Task ThreadList_DefaultHoldsAtMost20_AndLimitOffsetPagesFollowTheOrderWithoutOverlap()
    {
        var user = await NewUserAsync("threadpaging");
        var created = new List<string>();
        foreach (var batch in Enumerable.Range(0, 21).Chunk(7))
        {
            created.AddRange(await Task.WhenAll(batch.Select(i => CreateThreadAsync(user, $"paging {i}"))));
        }

        var whole = await ListAsync(user, string.Empty);
        whole.Count.Should().BeLessThanOrEqualTo(20, "without limit the list holds at most 20 of the user's {0} threads; got {1} ids: {2}",
            created.Count, whole.Count, string.Join(", ", whole));
        whole.Should().OnlyContain(id => created.Contains(id), "the list holds only the caller's threads; got {0}",
            string.Join(", ", whole));

        var reference = await ListAsync(user, "?limit=12&offset=0");
        var first = await ListAsync(user, "?limit=6&offset=0");
        var second = await ListAsync(user, "?limit=6&offset=6");
        first.Should().HaveCount(6, "limit=6 of 21 threads gives 6; got {0}", string.Join(", ", first));
        second.Should().HaveCount(6, "limit=6&offset=6 of 21 threads gives 6; got {0}", string.Join(", ", second));
        first.Intersect(second).Should().BeEmpty("pages do not overlap; page 1 was {0}, page 2 was {1}", string.Join(", ", first),
            string.Join(", ", second));
        first.Concat(second).Should().Equal(reference,
            "two pages of 6 follow the list's order, as one page of 12 shows it; pages were {0} | {1}, the page of 12 was {2}",
            string.Join(", ", first), string.Join(", ", second), string.Join(", ", reference));
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("REST-THREADS-13")]
    public async Task Thread_GetPutDeleteOfAnIdThatDoesNotExist_Answer404()
    {
        var user = await NewUserAsync("threadmissing");
        var existing = await CreateThreadAsync(user, "kept");
        var missing = Guid.NewGuid().ToString();
        var api = Api(user);

        (await api.GetThreadAsync(missing, Cancellation)).Response.Should().HaveStatus(404);
        (await api.RenameThreadAsync(missing, "renamed", Cancellation)).Response.Should().HaveStatus(404);
        (await api.DeleteThreadAsync(missing, Cancellation)).Should().HaveStatus(404);

        var kept = await Api(user).GetThreadAsync(existing, Cancellation);
        kept.Response.Should().HaveStatus(200);
        kept.Require().Title.Should().Be("kept", "calls on an unknown id leave the user's threads alone; target answered {0}",
            kept.Response.Describe());
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("REST-CHAT-2", "REST-CHAT-3")]
    public async Task ChatListing_PagesAreOrderedByTimestampOneDirection_AndDoNotOverlap()
    {
        var user = await NewUserAsync("chatpaging");
        var threadId = await CreateThreadAsync(user, "chat paging");
        var posted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var message = await PostChatMessageAsync(user, threadId, $"message {i}");
            posted.Add(message.Require().Id
                ?? throw new AssertionException($"a posted message has no id; got {message.Response.Describe()}"));
        }

        var listed = new List<ChatMessageView>();
        var shown = new List<string>();
        for (var offset = 0; offset < 6; offset += 2)
        {
            var page = await Api(user).ChatMessagesAsync(threadId, $"?limit=2&offset={offset}", Cancellation);
            page.Response.Should().HaveStatus(200);
            listed.AddRange(page.Require().Messages);
            shown.Add(page.Response.Describe());
        }

        var ids = listed.Select(m => m.Id).ToList();
        ids.Should().OnlyHaveUniqueItems("pages of one listing do not overlap; pages were {0}", string.Join(Environment.NewLine, shown));
        ids.Should().BeEquivalentTo(posted, "three pages of 2 cover the 5 messages posted; pages were {0}",
            string.Join(Environment.NewLine, shown));

        var times = listed.Select(m => m.Timestamp).ToList();
        times.Should().OnlyContain(t => t.HasValue, "every message has a timestamp; pages were {0}",
            string.Join(Environment.NewLine, shown));
        var steps = times.Zip(times.Skip(1), (a, b) => b!.Value.CompareTo(a!.Value)).ToList();
        (steps.All(s => s >= 0) || steps.All(s => s <= 0)).Should().BeTrue(
            "messages are ordered by timestamp in one direction on every page (pages read in order); pages were {0}",
            string.Join(Environment.NewLine, shown));
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("REST-PROFILE-1")]
    public async Task Profile_Get_AnswersTheCallersIdEmailNameAvatarAndWebsite()
    {
        var user = await NewUserAsync("profileread");
        var profile = await Backend.GetAsync("/api/users/profile", user.AccessToken, Cancellation);
        profile.Should().HaveStatus(200);
        profile.Str("user_id").Should().Be(user.UserId, "the profile is the caller's; target answered {0}", profile.Describe());
        profile.Str("email").Should().BeEquivalentTo(user.Email, "the profile carries the caller's email; target answered {0}",
            profile.Describe());
        foreach (var field in new[] { "name", "avatar_url", "website" })
        {
            profile.Get(field).Should().NotBeNull("the profile carries {0} (null allowed); target answered {1}", field, profile.Describe());
        }
    }

    private async Task<List<string>> ListAsync(TestUser user, string query)
    {
        var list = await Api(user).ListThreadsAsync(query, Cancellation);
        list.Response.Should().HaveStatus(200);
        return [.. list.Require().Select(t => t.Id
            ?? throw new AssertionException($"a listed thread has no id; got {list.Response.Describe()}"))];
    }
}
