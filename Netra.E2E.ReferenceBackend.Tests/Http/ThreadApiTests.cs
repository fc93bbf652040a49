using System.Net;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Http;

[CancelAfter(20_000)]
public sealed class ThreadApiTests
{
    [Test]
    public async Task Thread_CreateRenameListDelete_AsContractSays(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);

        var created = await server.PostAsync("/api/threads", user.AccessToken, new JsonObject { ["title"] = "<script>x</script>",
            ["metadata"] = new JsonObject { ["k"] = 1 } }, cancellationToken);
        var id = created.Text("id");
        var renamed = await server.SendAsync(HttpMethod.Put, server.Backend("/api/threads/" + id), user.AccessToken,
            new JsonObject { ["title"] = "renamed" }, cancellationToken);
        var second = await server.PostAsync("/api/threads", user.AccessToken, new JsonObject(), cancellationToken);
        var list = await server.GetAsync("/api/threads", user.AccessToken, cancellationToken);
        var deleted = await server.SendAsync(HttpMethod.Delete, server.Backend("/api/threads/" + id), user.AccessToken, null,
            cancellationToken);
        var afterDelete = await server.GetAsync("/api/threads/" + id, user.AccessToken, cancellationToken);

        created.Status.Should().Be(HttpStatusCode.Created, created.ToString());
        created.Text("object").Should().Be("thread");
        created.Text("title").Should().Be("<script>x</script>", "stored text is returned verbatim");
        created.Json["metadata"]!["k"]!.GetValue<int>().Should().Be(1);
        created.Json["message_count"]!.GetValue<int>().Should().Be(0);
        renamed.Text("title").Should().Be("renamed");
        list.Json.AsArray().Select(t => t!.Str("id")).Should().Equal(second.Text("id"), id);
        deleted.Status.Should().Be(HttpStatusCode.OK, deleted.ToString());
        afterDelete.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Thread_TitleOver200Chars_422(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);

        (await server.PostAsync("/api/threads", user.AccessToken, new JsonObject { ["title"] = new string('t', 201) }, cancellationToken))
            .Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Thread_OfAnotherUser_403OnEveryVerbAndAbsentFromTheirLists(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var owner = await server.NewUserAsync(cancellationToken);
        var intruder = await server.NewUserAsync(cancellationToken);
        var id = (await server.PostAsync("/api/threads", owner.AccessToken, new JsonObject(), cancellationToken)).Text("id");
        await server.PostAsync("/api/chat/messages", owner.AccessToken, new JsonObject { ["content"] = "secret", ["thread_id"] = id },
            cancellationToken);

        var attempts = new[]
        {
            await server.GetAsync("/api/threads/" + id, intruder.AccessToken, cancellationToken),
            await server.SendAsync(HttpMethod.Put, server.Backend("/api/threads/" + id), intruder.AccessToken,
                new JsonObject { ["title"] = "mine" }, cancellationToken),
            await server.SendAsync(HttpMethod.Delete, server.Backend("/api/threads/" + id), intruder.AccessToken, null, cancellationToken),
            await server.GetAsync($"/api/threads/{id}/messages", intruder.AccessToken, cancellationToken),
            await server.GetAsync("/api/chat/messages?thread_id=" + id, intruder.AccessToken, cancellationToken),
            await server.PostAsync("/api/chat/messages", intruder.AccessToken, new JsonObject { ["content"] = "hi", ["thread_id"] = id },
                cancellationToken),
            await server.SendAsync(HttpMethod.Get, server.Backend("/api/threads/" + id), intruder.AccessToken, null, cancellationToken,
                r => r.Headers.Add("X-User-ID", owner.UserId)),
        };

        attempts.Should().OnlyContain(r => r.Status == HttpStatusCode.Forbidden, string.Join("; ", attempts.Select(a => a.ToString())));
        (await server.GetAsync("/api/threads", intruder.AccessToken, cancellationToken)).Json.AsArray().Should().BeEmpty();
        (await server.GetAsync("/api/chat/messages", intruder.AccessToken,
            cancellationToken)).Json["messages"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Messages_FivePosted_ReadBackOldestFirstWithDisjointPages(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        var id = (await server.PostAsync("/api/threads", user.AccessToken, new JsonObject(), cancellationToken)).Text("id");
        for (var i = 1; i <= 5; i++)
        {
            var posted = await server.PostAsync("/api/chat/messages", user.AccessToken, new JsonObject { ["content"] = "m" + i,
                ["thread_id"] = id }, cancellationToken);
            posted.Status.Should().Be(HttpStatusCode.Created, posted.ToString());
            posted.Text("status").Should().Be("created");
            posted.Json["message"]!.Str("user_id").Should().Be(user.UserId);
        }

        var all = await server.GetAsync($"/api/threads/{id}/messages", user.AccessToken, cancellationToken);
        var page1 = await server.GetAsync($"/api/chat/messages?thread_id={id}&limit=2&offset=0", user.AccessToken, cancellationToken);
        var page3 = await server.GetAsync($"/api/chat/messages?thread_id={id}&limit=2&offset=4", user.AccessToken, cancellationToken);

        all.Json["messages"]!.AsArray().Select(m => m!["content"]![0]!["text"]!.Str("value")).Should().Equal("m1", "m2", "m3", "m4", "m5");
        all.Json["total"]!.GetValue<int>().Should().Be(5);
        page1.Json["messages"]!.AsArray().Select(m => m!.Str("content")).Should().Equal("m1", "m2");
        page1.Json["has_more"]!.GetValue<bool>().Should().BeTrue();
        page1.Json["total_count"]!.GetValue<int>().Should().Be(5);
        page3.Json["messages"]!.AsArray().Select(m => m!.Str("content")).Should().Equal("m5");
        page3.Json["page"]!.GetValue<int>().Should().Be(3);
        page3.Json["has_more"]!.GetValue<bool>().Should().BeFalse();
    }

    [TestCase(0)]
    [TestCase(8001)]
    public async Task ChatMessage_ContentOutOfBounds_422(int length, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);
        var id = (await server.PostAsync("/api/threads", user.AccessToken, new JsonObject(), cancellationToken)).Text("id");

        (await server.PostAsync("/api/chat/messages", user.AccessToken, new JsonObject { ["content"] = new string('c', length),
            ["thread_id"] = id }, cancellationToken))
            .Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [TestCase("limit=0")]
    [TestCase("limit=101")]
    [TestCase("offset=-1")]
    [TestCase("limit=abc")]
    public async Task Paging_OutOfRange_422(string query, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);

        (await server.GetAsync("/api/threads?" + query, user.AccessToken,
            cancellationToken)).Status.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Profile_HttpsUrlStoredButJavascriptAndDataRefused(CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();
        var user = await server.NewUserAsync(cancellationToken);

        var ok = await server.SendAsync(HttpMethod.Patch, server.Backend("/api/users/profile"), user.AccessToken,
            new JsonObject { ["name"] = "Ada", ["website"] = "https://ada.example" }, cancellationToken);
        var js = await server.SendAsync(HttpMethod.Patch, server.Backend("/api/users/profile"), user.AccessToken,
            new JsonObject { ["website"] = "javascript:alert(1)" }, cancellationToken);
        var data = await server.SendAsync(HttpMethod.Patch, server.Backend("/api/users/profile"), user.AccessToken,
            new JsonObject { ["avatar_url"] = "data:text/html;base64,PHNjcmlwdD4=" }, cancellationToken);
        var profile = await server.GetAsync("/api/users/profile", user.AccessToken, cancellationToken);

        ok.Status.Should().Be(HttpStatusCode.OK, ok.ToString());
        js.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        data.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        profile.Text("user_id").Should().Be(user.UserId);
        profile.Text("name").Should().Be("Ada");
        profile.Text("website").Should().Be("https://ada.example");
        profile.Json["avatar_url"].Should().BeNull();
    }

    [TestCase("/api/threads")]
    [TestCase("/api/tools")]
    [TestCase("/api/users/profile")]
    [TestCase("/api/agents/status")]
    public async Task ProtectedEndpoint_NoOrBadToken_401(string path, CancellationToken cancellationToken)
    {
        var server = await TestServers.DefaultAsync();

        (await server.GetAsync(path, null, cancellationToken)).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await server.GetAsync(path, TestTokens.Expired("x"), cancellationToken)).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await server.GetAsync(path, TestTokens.Valid("minted-user"), cancellationToken)).Status.Should().Be(HttpStatusCode.OK);
    }
}
