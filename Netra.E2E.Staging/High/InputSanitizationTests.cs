using FluentAssertions.Execution;
using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

[High]
[WritesData]
public sealed class InputSanitizationTests : E2ETest
{
    private const string ProfilePath = "/api/users/profile";
    private const string ScriptTitle = "<script>alert('title')</script>";
    private const string ScriptContent = "<img src=x onerror=alert(1)><script>alert(\"content\")</script> & \"quotes\" 'too'";

    [Test]
    [Legacy("036")]
    [Catches("unsafe-url-accepted", "refused-patch-stores-name")]
    [Verifies("REST-PROFILE-3", "REST-PROFILE-4", "REST-PROFILE-6")]
    public async Task Profile_WithScriptOrDataUrl_IsRefusedWith422AndNotStored()
    {
        var user = await NewUserAsync("profileurl");
        const string safeWebsite = "https://example.com/e2e-profile";
        var safe = await Backend.PatchJsonAsync(ProfilePath, new { website = safeWebsite }, user.AccessToken, Cancellation);
        safe.Should().HaveStatus(200);
        safe.Str("website").Should().Be(safeWebsite, "an https URL must be stored; target answered {0}", safe.Describe());

        var unsafeValues = new[]
        {
            ("avatar_url", "javascript:alert(document.cookie)"),
            ("website", "JavaScript:alert(1)"),
            ("avatar_url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
            ("website", "data:text/html,<script>alert(1)</script>"),
        };
        // Each refused PATCH also carries a valid name: a refusal stores nothing, so the name stays what it was.
        var nameBefore = safe.Str("name");
        const string refusedName = "e2e name of a refused patch";
        var answers = new List<(string Field, string Value, ApiResponse Response)>();
        foreach (var (field, value) in unsafeValues)
        {
            var body = new Dictionary<string, string> { ["name"] = refusedName, [field] = value };
            answers.Add((field, value, await Backend.PatchJsonAsync(ProfilePath, body, user.AccessToken, Cancellation)));
        }

        var profile = await Backend.GetAsync(ProfilePath, user.AccessToken, Cancellation);
        profile.Should().HaveStatus(200);
        using (new AssertionScope())
        {
            foreach (var (field, value, response) in answers)
            {
                response.Status.Should().Be(422, "profile field {0} must refuse {1} (only http/https URLs); target answered {2}", field,
                    value, response.Describe());
            }

            profile.Str("website").Should().Be(safeWebsite, "a refused URL must not replace the stored one; profile is {0}",
                profile.Describe());
            profile.Str("avatar_url").Should().BeNull("no refused URL may be stored as avatar_url; profile is {0}", profile.Describe());
            profile.Str("name").Should().Be(nameBefore, "a refused PATCH stores nothing, not even its valid name; profile is {0}",
                profile.Describe());
        }
    }

    [Test]
    [Legacy("036")]
    [Verifies("REST-TEXT-1", "REST-TEXT-2", "REST-TEXT-3", "HTTP-HEADERS-1", "REST-THREADS-4")]
    public async Task StoredText_WithScriptPayloads_IsReturnedVerbatimAsJsonWithNosniff()
    {
        var user = await NewUserAsync("scripttext");
        var api = Api(user);
        var threadId = await CreateThreadAsync(user, ScriptTitle);
        await PostChatMessageAsync(user, threadId, ScriptContent);

        var thread = await api.GetThreadAsync(threadId, Cancellation);
        var messages = await api.ChatMessagesAsync(threadId, string.Empty, Cancellation);
        var tooLong = (await api.CreateThreadAsync(ScriptTitle + new string('x', 200), null, Cancellation)).Response;

        using (new AssertionScope())
        {
            foreach (var response in new[] { thread.Response, messages.Response })
            {
                response.Should().HaveStatus(200);
                response.MediaType.Should().Be("application/json", "stored text must come back as JSON, never as HTML; {0}",
                    response.Describe());
                response.Should().HaveHeader("X-Content-Type-Options", "nosniff");
            }

            (thread.Value?.Title).Should().Be(ScriptTitle, "the title must be returned exactly as stored; target answered {0}",
                thread.Response.Describe());
            (messages.Value?.Messages.Select(m => m.Content) ?? []).Should().Equal([ScriptContent],
                "the message must be returned exactly as posted; target answered {0}", messages.Response.Describe());
            tooLong.Status.Should().Be(422, "a title over 200 characters must be refused; target answered {0}", tooLong.Describe());
            tooLong.Body.Should().NotContain("<script", "an error must never echo the submitted markup raw; target answered {0}",
                tooLong.Describe());
        }
    }

    [Test]
    [Legacy("036")]
    [Verifies("HTTP-TRAV-1", "HTTP-TRAV-2")]
    public async Task RawPathTraversal_IsAnswered400Or403Or404WithoutFileContent()
    {
        var user = await NewUserAsync("traversal");
        var paths = new[]
        {
            "/api/../../etc/passwd",
            "/api/threads/../../../etc/passwd",
            "/api/%2e%2e/%2e%2e/etc/passwd",
            "/api/threads/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/api/users/profile%00.json",
            "/api/threads/%00/../../etc/passwd",
        };
        var answers = new List<ApiResponse>();
        foreach (var path in paths)
        {
            answers.Add(await Backend.SendRawAsync(HttpMethod.Get, path, user.AccessToken, Cancellation));
        }

        using (new AssertionScope())
        {
            foreach (var response in answers)
            {
                response.Should().HaveStatus(400, 403, 404);
                response.Body.Should().NotContain("root:", "a traversal must never return file content; target answered {0}",
                    response.Describe());
            }
        }
    }

    [Test]
    [Verifies("REST-TEXT-3")]
    public async Task ErrorAnswers_ToQueryValuesThatAreNoNumbers_DoNotEchoThem()
    {
        var user = await NewUserAsync("queryecho");
        var api = Api(user);
        var threadId = await CreateThreadAsync(user, "query echo");
        var marker = "e2eNotANumber" + Guid.NewGuid().ToString("N")[..8];

        // The contract does not say how a paging value that is no number is answered; whatever error a target gives, it must
        // not carry the value back.
        ApiResponse[] answers =
        [
            (await api.ListThreadsAsync($"?limit={marker}", Cancellation)).Response,
            (await api.ListThreadsAsync($"?offset={marker}", Cancellation)).Response,
            (await api.ChatMessagesAsync(threadId, $"?limit={marker}", Cancellation)).Response,
        ];

        var errors = answers.Where(a => a.Status >= 400).ToList();
        if (errors.Count == 0)
        {
            NotApplicable("the target accepted every paging value that is no number, so it answered no error that could echo one");
        }

        foreach (var error in errors)
        {
            error.Body.Should().NotContain(marker, "an error must not echo the text a request sent; target answered {0}",
                error.Describe());
        }
    }
}
