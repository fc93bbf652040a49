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
/// One agent run over a user's WebSocket: sends <c>start_agent</c>, waits (bounded) for its terminal event, then a ping
/// round trip so any late frame of the run (a second terminal) is in, and runs the suite's oracle on the transcript.
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

    /// <summary>Waits for the terminal event, records the latencies, and throws <see cref="ContractViolationException"/> on any
    /// violation.</summary>
    public async Task WaitAndVerifyAsync(CancellationToken cancellationToken)
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
            Verify(AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId), ex.Message);
            throw;
        }

        await socket.RoundTripAsync(cancellationToken).ConfigureAwait(false);
        var transcript = AgentRunTranscript.ForMessageId(socket.Frames.Received, messageId);
        if (transcript.Events.Count > 0)
        {
            user.Metrics.Record(LoadHistograms.FirstEvent, transcript.Events[0].ReceivedAt - _sent);
        }

        user.Metrics.Record(LoadHistograms.Completion, terminal.ReceivedAt - _sent);
        Verify(transcript, null);
    }

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
