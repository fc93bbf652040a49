using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class AgentStreamingTests : E2ETest
{
    [Test]
    [Legacy("008")]
    [Catches("stream-no-end")]
    [Verifies("REST-SSE-1", "REST-SSE-2", "REST-SSE-3", "REST-SSE-4", "AGENT-ENVELOPE-1", "AGENT-ENVELOPE-2", "AGENT-ENVELOPE-3",
        "AGENT-ENVELOPE-4", "AGENT-ENVELOPE-6", "AGENT-EVENTS-1", "AGENT-EVENTS-2", "AGENT-EVENTS-3", "AGENT-EVENTS-4", "AGENT-EVENTS-5",
        "AGENT-EVENTS-6", "AGENT-ORDER-1", "AGENT-ORDER-2", "AGENT-ORDER-3", "AGENT-ORDER-4", "AGENT-ORDER-5", "AGENT-ORDER-6")]
    public async Task AgentStream_DataRun_StreamsLifecycleInOrderAndEndsWithStreamEnd()
    {
        var user = await NewUserAsync();
        const string message = "Summarise the error data from yesterday's deployment logs and list the services those errors mention";

        await using var stream = await Api(user).StreamAgentAsync(ContractAgents.Data, message, Cancellation);
        stream.Response.Should().HaveStatus(200);
        stream.Response.MediaType.Should().Be("text/event-stream", "POST /api/agents/stream must answer an event stream; got {0}",
            stream.Response.Describe());

        var frames = await stream.WaitForEndAsync(Settings.RunTimeout, Cancellation);

        var eventKeys = frames.Select(f => f.Json.Str("event")).ToList();
        eventKeys.Should().NotContainNulls("every SSE data block must carry its type in the key \"event\". {0}", stream.Frames.Describe());
        eventKeys.Should().ContainSingle(e => e == "stream_end", "the stream must send stream_end once. {0}", stream.Frames.Describe());
        eventKeys[^1].Should().Be("stream_end", "stream_end must be the last event. {0}", stream.Frames.Describe());

        var transcript = AgentRunTranscript.ForStream(frames);
        transcript.Should().ContainInOrder("agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed");
        transcript.Should().BeAValidRun(new AgentRunExpectations(user.UserId) { AgentType = ContractAgents.Data, Request = message });
    }
}
