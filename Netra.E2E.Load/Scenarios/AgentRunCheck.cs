using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Events;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Oracle;
using Netra.E2E.Shared.Protocol;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// One agent run over a user's WebSocket: sends <c>start_agent</c>, waits (bounded) for its terminal event, and, once a
/// delivery barrier has brought in any late frame of the run (a second terminal), runs the suite's oracle on the transcript.
/// </summary>
internal sealed class AgentRunCheck(
    VirtualUser user, TestUser testUser, NetraWebSocketClient socket, string agent, string request, string messageId)
{
    /// <summary>How long a run may take from request to terminal event.</summary>
    public static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(30);

    private DateTimeOffset _sent;
    private int _from;

    /// <summary>Sends the request.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _from = socket.Frames.Count;
        _sent = DateTimeOffset.UtcNow;
        await socket.SendJsonAsync(ClientFrames.StartAgent(agent, request, RunOptions.None, messageId), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Waits for the terminal event and records the completion time; when it does not come, judges what did arrive
    /// (throwing <see cref="ContractViolationException"/> on a broken rule) and rethrows the wait's failure.</summary>
    public async Task WaitForTerminalAsync(CancellationToken cancellationToken)
    {
        ReceivedFrame terminal;
        try
        {
            terminal = await socket.Frames.WaitForAsync(
                AgentEventPredicates.IsTerminalFor(messageId), $"the terminal event of the run for message_id {messageId}",
                _from, RunDeadline, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FrameWaitException or WebSocketClosedException)
        {
            // No terminal event: what did arrive is judged by the oracle, so the failure names the broken rule.
            Verify(Transcript(), ex.Message);
            throw;
        }

        user.Metrics.Record(LoadHistograms.Completion, terminal.ReceivedAt - _sent);
    }

    /// <summary>
    /// Runs the suite's oracle on everything the connection received for the run and records the time to its first event;
    /// throws <see cref="ContractViolationException"/> on any violation. Call it after a delivery barrier (a ping round trip,
    /// or the close handshake after the last run), so a late frame of the run (a second terminal) is in.
    /// </summary>
    public void VerifyDelivered()
    {
        var transcript = Transcript();
        if (transcript.Events.Count > 0)
        {
            user.Metrics.Record(LoadHistograms.FirstEvent, transcript.Events[0].ReceivedAt - _sent);
        }

        Verify(transcript, null);
    }

    // The frames since the request: earlier runs on the connection were judged with theirs (another user's event among
    // them was reported then), so a user's later runs cost the same as its first.
    private AgentRunTranscript Transcript() => AgentRunTranscript.ForMessageId(socket.Frames.ReceivedFrom(_from), messageId);

    private void Verify(AgentRunTranscript transcript, string? waitFailure)
    {
        var expectations = new AgentRunExpectations(testUser.UserId) { MessageId = messageId, AgentType = agent, Request = request };
        var violations = AgentRunValidator.Validate(transcript, expectations);
        if (violations.Count == 0)
        {
            return;
        }

        var message = $"{agent} run on \"{request}\" broke {violations.Count} rule(s):{Environment.NewLine}  "
            + string.Join($"{Environment.NewLine}  ", violations)
            + (waitFailure is null ? string.Empty : $"{Environment.NewLine}  while waiting: {FirstLine(waitFailure)}");
        throw new ContractViolationException(violations[0].RuleId, message, TranscriptText.Truncate(transcript.ToString()));
    }

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0];
}
