using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.WebSockets;
using NUnit.Framework;

namespace Netra.E2E.Shared.Testing;

/// <summary>The protocol verbs a tier test speaks, bound to the test's deadline and the run deadline setting.</summary>
public abstract partial class E2ETest
{
    /// <summary>What a heartbeat test needs after its ping: a round trip and its checks.</summary>
    private static readonly TimeSpan HeartbeatDeadlineReserve = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StatusSettleTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StatusPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The backend's REST verbs (agents, status, cancel, threads, messages) as <paramref name="user"/>.</summary>
    protected NetraBackend Api(TestUser user) => new(Backend, user);

    /// <summary>Sends <c>start_agent</c> on <paramref name="socket"/>; the handle waits with the run deadline setting.</summary>
    protected Task<RunHandle> StartAgentAsync(NetraWebSocketClient socket, string agentType, string request, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.StartAgentAsync(agentType, request, options ?? RunOptions.None, Settings.RunTimeout, Cancellation);
    }

    /// <summary>Sends <c>user_message</c> on <paramref name="socket"/>; the handle waits with the run deadline setting.</summary>
    protected Task<RunHandle> SendUserMessageAsync(NetraWebSocketClient socket, string content, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.SendUserMessageAsync(content, options ?? RunOptions.None, Settings.RunTimeout, Cancellation);
    }

    /// <summary>Creates a thread as <paramref name="user"/> (200 or 201, contract 4) and returns its id.</summary>
    protected async Task<string> CreateThreadAsync(TestUser user, string title)
    {
        var created = await Api(user).CreateThreadAsync(title, null, Cancellation).ConfigureAwait(false);
        created.Response.Should().HaveStatus(200, 201);
        return created.Require().Id ?? throw new AssertionException($"the created thread has no id; got {created.Response.Describe()}");
    }

    /// <summary>Posts a chat message on <paramref name="threadId"/> as <paramref name="user"/> (200 or 201, contract 4).</summary>
    protected async Task<ApiResult<ChatMessageView>> PostChatMessageAsync(TestUser user, string threadId, string content)
    {
        var posted = await Api(user).PostChatMessageAsync(threadId, content, Cancellation).ConfigureAwait(false);
        posted.Response.Should().HaveStatus(200, 201);
        return posted;
    }

    /// <summary>Reads a thread's messages as <paramref name="user"/> (200) with an optional query such as <c>?limit=2</c>.</summary>
    protected async Task<ApiResult<ThreadHistory>> ThreadHistoryAsync(TestUser user, string threadId, string query = "")
    {
        var history = await Api(user).ThreadMessagesAsync(threadId, query, Cancellation).ConfigureAwait(false);
        history.Response.Should().HaveStatus(200);
        history.Require();
        return history;
    }

    /// <summary>Waits on <paramref name="socket"/> for the end of run <paramref name="runId"/>, with the run deadline setting.</summary>
    protected Task<AgentRunTranscript> WaitForRunEndAsync(NetraWebSocketClient socket, string runId)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.WaitForRunEndAsync(runId, Settings.RunTimeout, Cancellation);
    }

    /// <summary>
    /// Starts a run with <c>POST /api/agents/start</c> as <paramref name="user"/>: 200, <c>success: true</c>,
    /// <c>action: "start"</c>; returns its <c>agent_id</c>.
    /// </summary>
    protected async Task<string> StartAgentOverRestAsync(TestUser user, string agentType, string message, int? thinkDelayMs = null)
    {
        var start = await Api(user).StartAgentAsync(agentType, message, thinkDelayMs, Cancellation).ConfigureAwait(false);
        start.Response.Should().HaveStatus(200);
        var started = start.Require();
        started.Success.Should().BeTrue("POST /api/agents/start answers success: true; target answered {0}", start.Response.Describe());
        started.Action.Should().Be("start", "POST /api/agents/start answers action: start; target answered {0}", start.Response.Describe());
        return started.AgentId;
    }

    /// <summary>The one entry of <c>GET /api/agents/status?agent_id=</c> for <paramref name="agentId"/> (200, listed once).</summary>
    protected async Task<AgentStatus> AgentStatusOfAsync(TestUser user, string agentId)
    {
        var status = await Api(user).AgentStatusAsync(agentId, Cancellation).ConfigureAwait(false);
        status.Response.Should().HaveStatus(200);
        var entries = (status.Value ?? []).Where(e => e.AgentId == agentId).ToList();
        entries.Should().ContainSingle(
            "GET /api/agents/status?agent_id={0} answers a list holding that run once; target answered {1}", agentId,
                status.Response.Describe());
        return entries[0];
    }

    /// <summary>
    /// The run's status entry once it is no longer <c>running</c>: read again every 100 ms for up to 3 s, since a target may
    /// record the end a moment after it sent <c>agent_completed</c>. Returns the last entry read (still running when it never
    /// settled, so the caller's assertion names what the target said).
    /// </summary>
    protected async Task<AgentStatus> AgentStatusAfterRunAsync(TestUser user, string agentId)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var status = await AgentStatusOfAsync(user, agentId).ConfigureAwait(false);
        while (status.Status == "running" && clock.Elapsed < StatusSettleTimeout)
        {
            await Task.Delay(StatusPollInterval, Cancellation).ConfigureAwait(false);
            status = await AgentStatusOfAsync(user, agentId).ConfigureAwait(false);
        }

        return status;
    }

    /// <summary>
    /// The first server ping after <paramref name="welcome"/>: due one announced heartbeat interval after it, plus a margin
    /// of a fifth of the interval (at least 2 s). The target decides the interval (30 s on staging), so the test's deadline is
    /// extended to cover the wait when it would end first; a ping the server sent before the welcome (contract 5 allows it)
    /// is not the heartbeat.
    /// </summary>
    protected async Task<ReceivedFrame> WaitForHeartbeatPingAsync(NetraWebSocketClient socket, ReceivedFrame welcome,
        double intervalSeconds)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(welcome);
        var interval = TimeSpan.FromSeconds(intervalSeconds);
        var margin = TimeSpan.FromSeconds(Math.Max(2, intervalSeconds * 0.2));
        var due = welcome.ReceivedAt + interval + margin - DateTimeOffset.UtcNow;
        ExtendDeadline(due + HeartbeatDeadlineReserve, $"the target announced heartbeat_interval {intervalSeconds} s");
        return await socket.Frames.WaitForAsync(
            f => f.Type == "ping",
            $"a heartbeat ping after the welcome, within heartbeat_interval {intervalSeconds} s (+{margin.TotalSeconds:0.#} s)",
            welcome.Index + 1, due, Cancellation).ConfigureAwait(false);
    }
}
