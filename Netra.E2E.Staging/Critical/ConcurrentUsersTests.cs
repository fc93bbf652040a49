using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class ConcurrentUsersTests : E2ETest
{
    private const int Users = 20;

    [Test]
    [Legacy("017")]
    [Catches("thread-idor")]
    [Verifies("REST-THREADS-1", "REST-THREADS-2", "REST-CHAT-6", "REST-CHAT-7", "REST-HISTORY-5")]
    public async Task Users_TwentyAtOnce_EachCreatePostAndReadBackOnlyTheirOwnData()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, Users).Select(i => NewUserAsync($"concurrent-{i}")));
        var workspaces = await Task.WhenAll(users.Select(CreateWorkspaceAsync));

        var problems = new List<string>();
        foreach (var found in await Task.WhenAll(workspaces.Select(ReadBackAsync)))
        {
            problems.AddRange(found);
        }

        // Each user then asks for the next user's thread by id: the only way an ownership bug shows through a list-free API.
        var probes = await Task.WhenAll(workspaces.Select((w, i) =>
            Api(w.User).ThreadMessagesAsync(workspaces[(i + 1) % Users].ThreadId, string.Empty, Cancellation)));
        for (var i = 0; i < Users; i++)
        {
            var neighbour = workspaces[(i + 1) % Users];
            var probe = probes[i].Response;
            if (probe.Status is not (403 or 404) || probe.Body.Contains(neighbour.Content, StringComparison.Ordinal))
            {
                problems.Add($"{workspaces[i].User.UserId} read {neighbour.User.UserId}'s thread (expected 403 or 404): " +
                    $"{probe.Describe()}");
            }
        }

        problems.Should().BeEmpty("{0} users worked at once, each must see exactly their own thread and message and nobody else's", Users);
    }

    private async Task<Workspace> CreateWorkspaceAsync(TestUser user)
    {
        var threadId = await CreateThreadAsync(user, $"Thread of {user.UserId}");
        var content = $"Message of {user.UserId} ({Guid.NewGuid():N})";
        var posted = await PostChatMessageAsync(user, threadId, content);
        return new Workspace(user, threadId, content, posted.Require().Id!);
    }

    private async Task<List<string>> ReadBackAsync(Workspace w)
    {
        var problems = new List<string>();
        var history = await Api(w.User).ThreadMessagesAsync(w.ThreadId, string.Empty, Cancellation);
        var texts = history.Value?.Messages.Select(m => m.Text).ToList() ?? [];
        if (history.Response.Status != 200 || texts.Count != 1 || texts[0] != w.Content)
        {
            problems.Add($"{w.User.UserId}'s thread must hold exactly their message \"{w.Content}\": {history.Response.Describe()}");
        }

        var threads = await Api(w.User).ListThreadsAsync("?limit=100", Cancellation);
        var threadIds = threads.Value?.Select(t => t.Id).ToList() ?? [];
        if (threads.Response.Status != 200 || threadIds.Count != 1 || threadIds[0] != w.ThreadId)
        {
            problems.Add($"{w.User.UserId}'s thread list must be exactly [{w.ThreadId}]: {threads.Response.Describe()}");
        }

        var chat = await Api(w.User).ChatMessagesAsync(null, "?limit=100", Cancellation);
        var messageIds = chat.Value?.Messages.Select(m => m.Id).ToList() ?? [];
        if (chat.Response.Status != 200 || messageIds.Count != 1 || messageIds[0] != w.MessageId)
        {
            problems.Add($"{w.User.UserId}'s chat messages must be exactly [{w.MessageId}]: {chat.Response.Describe()}");
        }

        return problems;
    }

    private sealed record Workspace(TestUser User, string ThreadId, string Content, string MessageId);
}
