using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Tests.Evidence;

[Parallelizable(ParallelScope.All)]
public sealed class EvidenceLogTests
{
    [Test]
    public void HasNetworkEvidence_EmptyLog_IsFalse()
    {
        new EvidenceLog("t").HasNetworkEvidence.Should().BeFalse();
    }

    [Test]
    public void Render_ExchangeAndSession_ListsBothAndLedger()
    {
        var log = new EvidenceLog("Suite.Test");
        log.Record(new HttpExchangeRecord
        {
            Method = "GET", Url = "http://h/api/x", StartedAt = DateTimeOffset.UtcNow, Duration = TimeSpan.FromMilliseconds(12),
            Status = 200, Attempts = 2, RequestId = "req-1", ResponseBody = """{"ok":true}""",
        });
        log.Record(new RetryRecord("GET", "http://h/api/x", 1, "503 Service Unavailable", TimeSpan.FromMilliseconds(200),
            DateTimeOffset.UtcNow));
        var session = log.StartWebSocketSession(new Uri("ws://h/ws?token=abc"));
        session.RecordHandshake(101, "jwt-auth");
        session.RecordFrame(FrameDirection.Received, "system_message", """{"type":"system_message"}""");
        session.RecordClose(1000, "bye");
        session.End("closed by client");

        var rendered = log.Render();

        log.HasNetworkEvidence.Should().BeTrue();
        rendered.Should().Contain("GET http://h/api/x → 200 in 12 ms after 2 attempts (request id req-1)")
            .And.Contain("attempt 1 got 503 Service Unavailable, retried after 200 ms")
            .And.Contain("WS ws://h/ws?token=<redacted> handshake 101 (jwt-auth)")
            .And.Contain("in system_message×1").And.Contain("close frame 1000 'bye'")
            .And.Contain("""<- +""").And.Contain("""{"type":"system_message"}""");
        log.Summary().Should().Contain("1 retry:");
    }

    [Test]
    public void OneLine_SummaryEvidence_CountsFramesByDirectionAndTypeInFirstSeenOrder()
    {
        var log = new EvidenceLog("summary", null) { Detail = EvidenceDetail.Summary };
        var session = log.StartWebSocketSession(new Uri("ws://h/ws"));
        session.RecordFrame(FrameDirection.Received, "system_message", "{}");
        session.RecordFrame(FrameDirection.Sent, "start_agent", "{}");
        session.RecordFrame(FrameDirection.Received, "agent_thinking", "{}");
        session.RecordFrame(FrameDirection.Received, null, "not json");
        session.RecordFrame(FrameDirection.Received, "agent_thinking", "{}");
        session.RecordFrame(FrameDirection.Sent, "agent_thinking", "{}");

        var line = session.OneLine();

        line.Should().Contain(
            "frames [in system_message×1, out start_agent×1, in agent_thinking×2, in (no type)×1, out agent_thinking×1]");
        session.Frames.Should().BeEmpty("summary evidence counts frames and keeps none");
    }

    [Test]
    public void Render_SecretRegisteredAfterRecording_StillRedacted()
    {
        var log = new EvidenceLog("t");
        log.Record(new HttpExchangeRecord
        {
            Method = "POST", Url = "http://h/x", StartedAt = DateTimeOffset.UtcNow, Duration = TimeSpan.Zero, Status = 500,
            ResponseBody = "echo: late-registered-secret-value",
        });
        log.RegisterSecret(new Secret("late-registered-secret-value", "late"));

        log.Render().Should().NotContain("late-registered-secret-value");
        log.Summary().Should().NotContain("late-registered-secret-value");
    }

    [Test]
    public void AttachToCurrentTest_WritesRedactedFile()
    {
        var log = new EvidenceLog(TestContext.CurrentContext.Test.FullName);
        log.Record(new HttpExchangeRecord
        {
            Method = "GET", Url = "http://h/x?token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.", StartedAt = DateTimeOffset.UtcNow,
            Duration = TimeSpan.Zero, Status = 200,
        });

        var path = log.AttachToCurrentTest(Path.GetTempPath());

        File.ReadAllText(path).Should().Contain("token=<jwt sha256:").And.NotContain("eyJ");
        File.Delete(path);
    }
}
