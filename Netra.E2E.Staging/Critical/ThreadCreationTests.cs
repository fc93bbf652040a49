using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class ThreadCreationTests : E2ETest
{
    [Test]
    [Legacy("013")]
    [Verifies("REST-THREADS-1", "REST-THREADS-2", "REST-THREADS-3", "REST-THREADS-9", "HTTP-EXTRA-1", "HTTP-TIME-1", "HTTP-TIME-2")]
    public async Task Thread_Created_ReadsBackAndAppearsInList()
    {
        var user = await NewUserAsync();
        var title = "Quarterly planning " + Guid.NewGuid().ToString("N")[..8];
        var metadata = new { project = "e2e-critical", priority = 2 };

        var created = (await Api(user).CreateThreadAsync(title, metadata, Cancellation)).Response;

        created.Should().HaveStatus(200, 201).And.HaveJsonString("object", "thread").And.HaveJsonString("title", title);
        var id = created.RequireStr("id");
        created.Int("message_count").Should().Be(0, "a new thread has no messages; target answered {0}", created.Describe());
        created.Time("created_at").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the thread carries created_at, a timestamp near the client's clock; target answered {0}", created.Describe());
        created.Time("updated_at").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance,
            "the thread carries updated_at, a timestamp near the client's clock; target answered {0}", created.Describe());
        created.Should().HaveJsonContaining("metadata", metadata);

        var read = (await Api(user).GetThreadAsync(id, Cancellation)).Response;
        read.Should().HaveStatus(200).And.HaveJsonString("id", id).And.HaveJsonString("title", title).And.HaveJsonString("object",
            "thread");
        read.Time("created_at").Should().Be(created.Time("created_at"),
            "reading the thread back must give its creation time; target answered {0}", read.Describe());
        read.Should().HaveJsonContaining("metadata", metadata);

        var list = await Api(user).ListThreadsAsync(string.Empty, Cancellation);
        list.Response.Should().HaveStatus(200);
        var listed = list.Require().Select(t => t.Id).ToList();
        listed.Should().ContainSingle(t => t == id, "the new thread must appear once in its owner's list; target answered {0}",
            list.Response.Describe());
        listed.Should().HaveCount(1, "a fresh user's list must hold only the thread it created; target answered {0}",
            list.Response.Describe());
    }

    [Test]
    [Legacy("013")]
    [Verifies("REST-THREADS-4", "HTTP-STATUS-3", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task Thread_TitleOver200Characters_Is422()
    {
        var user = await NewUserAsync();

        var response = (await Api(user).CreateThreadAsync(new string('t', 201), null, Cancellation)).Response;

        response.Should().BeContractError(422);
    }
}
