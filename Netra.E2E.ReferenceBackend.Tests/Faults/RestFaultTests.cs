using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

[CancelAfter(20_000)]
public sealed class RestFaultTests
{
    private static async Task<(TestServer Server, TestUser User, string ThreadId)> ThreadAsync(string fault,
        CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync(fault);
        var user = await server.NewUserAsync(cancellationToken);
        var id = (await server.PostAsync("/api/threads", user.AccessToken, new JsonObject { ["title"] = "t" },
            cancellationToken)).Text("id");
        return (server, user, id);
    }

    [Test]
    [ChecksFault("request-id-echoes-invalid")]
    public async Task RequestIdEchoesInvalid_IdOf200Characters_Echoed(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("request-id-echoes-invalid");
        var id = new string('a', 200);

        var response = await server.SendAsync(HttpMethod.Get, server.Backend("/health"), null, null, cancellationToken,
            r => r.Headers.Add("X-Request-ID", id));

        response.Header("X-Request-ID").Should().Be(id);
    }

    [Test]
    [ChecksFault("cors-actual-response-no-allow-origin")]
    public async Task CorsActualResponseNoAllowOrigin_GetFromFrontend_NoAllowOrigin(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("cors-actual-response-no-allow-origin");

        var response = await server.SendAsync(HttpMethod.Get, server.Backend("/api/config/public"), null, null, cancellationToken,
            r => r.Headers.Add("Origin", server.Server.Options.FrontendOrigin));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Header("Access-Control-Allow-Origin").Should().BeNull();
    }

    [Test]
    [ChecksFault("ratelimit-reset-relative")]
    public async Task RateLimitResetRelative_AnyApiCall_ResetIsSecondsToWait(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("ratelimit-reset-relative");

        var response = await server.GetAsync("/api/config/public", null, cancellationToken);

        long.Parse(response.Header("X-RateLimit-Reset")!, System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(1000);
    }

    [Test]
    [ChecksFault("messages-307")]
    public async Task Messages307_ApiMessages_TemporaryRedirect(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("messages-307");

        (await server.GetAsync("/api/messages", null, cancellationToken)).Status.Should().Be(HttpStatusCode.TemporaryRedirect);
    }

    [Test]
    [ChecksFault("threads-oldest-first")]
    public async Task ThreadsOldestFirst_TwoThreads_FirstCreatedListedFirst(CancellationToken cancellationToken)
    {
        var (server, user, first) = await ThreadAsync("threads-oldest-first", cancellationToken);
        await server.PostAsync("/api/threads", user.AccessToken, new JsonObject(), cancellationToken);

        (await server.GetAsync("/api/threads", user.AccessToken, cancellationToken)).Json[0]!.Str("id").Should().Be(first);
    }

    [Test]
    [ChecksFault("paging-limit-clamped")]
    public async Task PagingLimitClamped_Limit101_200(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("paging-limit-clamped");
        var user = await server.NewUserAsync(cancellationToken);

        (await server.GetAsync("/api/threads?limit=101", user.AccessToken, cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [ChecksFault("title-over-200-accepted")]
    public async Task TitleOver200Accepted_Title201_Created(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("title-over-200-accepted");
        var user = await server.NewUserAsync(cancellationToken);

        (await server.PostAsync("/api/threads", user.AccessToken, new JsonObject { ["title"] = new string('t', 201) }, cancellationToken))
            .Status.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    [ChecksFault("content-over-8000-accepted")]
    public async Task ContentOver8000Accepted_Content8001_Created(CancellationToken cancellationToken)
    {
        var (server, user, id) = await ThreadAsync("content-over-8000-accepted", cancellationToken);

        (await server.PostAsync("/api/chat/messages", user.AccessToken, new JsonObject { ["content"] = new string('c', 8001),
            ["thread_id"] = id }, cancellationToken))
            .Status.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    [ChecksFault("chat-has-more-wrong")]
    public async Task ChatHasMoreWrong_PageEndingAtLastMessage_HasMoreTrue(CancellationToken cancellationToken)
    {
        var (server, user, id) = await ThreadAsync("chat-has-more-wrong", cancellationToken);
        await server.PostAsync("/api/chat/messages", user.AccessToken, new JsonObject { ["content"] = "only", ["thread_id"] = id },
            cancellationToken);

        var page = await server.GetAsync($"/api/chat/messages?thread_id={id}&limit=1", user.AccessToken, cancellationToken);

        page.Json["has_more"]!.GetValue<bool>().Should().BeTrue(page.ToString());
    }

    [Test]
    [ChecksFault("chat-total-counts-page")]
    public async Task ChatTotalCountsPage_TwoMessagesPageOfOne_TotalCountOne(CancellationToken cancellationToken)
    {
        var (server, user, id) = await ThreadAsync("chat-total-counts-page", cancellationToken);
        foreach (var content in new[] { "one", "two" })
        {
            await server.PostAsync("/api/chat/messages", user.AccessToken, new JsonObject { ["content"] = content, ["thread_id"] = id },
                cancellationToken);
        }

        var page = await server.GetAsync($"/api/chat/messages?thread_id={id}&limit=1", user.AccessToken, cancellationToken);

        page.Json["total_count"]!.GetValue<int>().Should().Be(1, page.ToString());
    }

    [Test]
    [ChecksFault("thread-count-frozen")]
    public async Task ThreadCountFrozen_AfterAMessage_MessageCountStillZero(CancellationToken cancellationToken)
    {
        var (server, user, id) = await ThreadAsync("thread-count-frozen", cancellationToken);
        await server.PostAsync("/api/chat/messages", user.AccessToken, new JsonObject { ["content"] = "one", ["thread_id"] = id },
            cancellationToken);

        var thread = await server.GetAsync($"/api/threads/{id}", user.AccessToken, cancellationToken);

        thread.Json["message_count"]!.GetValue<int>().Should().Be(0, thread.ToString());
    }

    [Test]
    [ChecksFault("profile-data-url-accepted")]
    public async Task ProfileDataUrlAccepted_DataUrl_Stored(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("profile-data-url-accepted");
        var user = await server.NewUserAsync(cancellationToken);

        var response = await server.SendAsync(HttpMethod.Patch, server.Backend("/api/users/profile"), user.AccessToken,
            new JsonObject { ["avatar_url"] = "data:text/html;base64,PHNjcmlwdD4=" }, cancellationToken);

        response.Status.Should().Be(HttpStatusCode.OK, response.ToString());
    }

    [Test]
    [ChecksFault("cancel-finished-200")]
    public async Task CancelFinished200_FinishedRun_200(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("cancel-finished-200");
        var user = await server.NewUserAsync(cancellationToken);
        var run = await server.PostAsync("/api/agents/execute", user.AccessToken,
            new JsonObject { ["type"] = "triage", ["message"] = "hi", ["context"] = new JsonObject { ["think_delay_ms"] = 0 } },
                cancellationToken);

        (await server.PostAsync("/api/agents/cancel", user.AccessToken, new JsonObject { ["agent_id"] = run.Text("run_id") },
            cancellationToken))
            .Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [ChecksFault("status-shows-other-users-runs")]
    public async Task StatusShowsOtherUsersRuns_ForeignAgentId_Listed(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("status-shows-other-users-runs");
        var owner = await server.NewUserAsync(cancellationToken);
        var other = await server.NewUserAsync(cancellationToken);
        var run = await server.PostAsync("/api/agents/execute", owner.AccessToken,
            new JsonObject { ["type"] = "triage", ["message"] = "hi", ["context"] = new JsonObject { ["think_delay_ms"] = 0 } },
                cancellationToken);

        (await server.GetAsync("/api/agents/status?agent_id=" + run.Text("run_id"), other.AccessToken,
            cancellationToken)).Json.AsArray().Should().HaveCount(1);
    }

    [Test]
    [ChecksFault("rename-title-unchecked")]
    public async Task RenameTitleUnchecked_RenameTo201Characters_Stored(CancellationToken cancellationToken)
    {
        var (server, user, id) = await ThreadAsync("rename-title-unchecked", cancellationToken);
        var title = new string('r', 201);

        var renamed = await server.SendAsync(HttpMethod.Put, server.Backend($"/api/threads/{id}"), user.AccessToken,
            new JsonObject { ["title"] = title }, cancellationToken);
        var created = await server.PostAsync("/api/threads", user.AccessToken, new JsonObject { ["title"] = title }, cancellationToken);

        renamed.Status.Should().Be(HttpStatusCode.OK, renamed.ToString());
        renamed.Text("title").Should().Be(title);
        created.Status.Should().Be(HttpStatusCode.UnprocessableEntity, "creation still refuses it: {0}", created);
    }

    [Test]
    [ChecksFault("refused-patch-stores-name")]
    public async Task RefusedPatchStoresName_NameWithAJavascriptUrl_RefusedButNameStored(CancellationToken cancellationToken)
    {
        var server = await TestServers.WithFaultAsync("refused-patch-stores-name");
        var user = await server.NewUserAsync(cancellationToken);

        var refused = await server.SendAsync(HttpMethod.Patch, server.Backend("/api/users/profile"), user.AccessToken,
            new JsonObject { ["name"] = "kept anyway", ["website"] = "javascript:alert(1)" }, cancellationToken);
        var profile = await server.GetAsync("/api/users/profile", user.AccessToken, cancellationToken);

        refused.Status.Should().Be(HttpStatusCode.UnprocessableEntity, refused.ToString());
        profile.Text("name").Should().Be("kept anyway", profile.ToString());
        profile.Json["website"].Should().BeNull(profile.ToString());
    }
}
