using System.Text.Json.Nodes;
using System.Threading.Channels;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Variants;
using Netra.E2E.ReferenceBackend.WebSockets;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// The single place a run's events leave the engine: paces them by think_delay, numbers them, wraps them in
/// the contract 6 envelope and hands them to the user's WebSockets and the optional observer (SSE).
/// Home of the drop-*, tool-events-reordered, duplicate-terminal and slow-first-event faults, and of the envelope faults
/// (sequence-starts-at-zero, event-timestamps-far-future, events-wrong-agent-name).
/// </summary>
internal sealed class RunEventEmitter(
    AgentRun run, FaultSet faults, VariantStyle style, ConnectionRegistry connections, ChannelWriter<RunEvent>? observer)
{
    private static readonly TimeSpan SlowFirstEventDelay = TimeSpan.FromSeconds(10);
    private int _sequence;
    private bool _paced;
    private JsonObject? _heldExecuting;

    public async Task EmitAsync(string type, JsonObject payload, CancellationToken cancellationToken)
    {
        await PaceAsync(cancellationToken);
        if (faults.Has(Fault.DropPrefix + type))
        {
            return;
        }

        if (type == "tool_executing" && faults.Has(Fault.ToolEventsReordered))
        {
            _heldExecuting = payload;
            return;
        }

        Send(type, payload);
        if (type == "tool_completed" && _heldExecuting is { } held)
        {
            _heldExecuting = null;
            Send("tool_executing", held);
        }

        if (type == "agent_completed" && faults.Has(Fault.DuplicateTerminal))
        {
            Send(type, (JsonObject)payload.DeepClone());
        }
    }

    /// <summary>The terminal agent_error: sent at once, even after the run's token was cancelled.</summary>
    public void EmitError(string errorCode, string message) =>
        Send("agent_error", new JsonObject { ["status"] = "error", ["error_code"] = errorCode, ["error_message"] = message });

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        if (!_paced)
        {
            _paced = true;
            if (faults.Has(Fault.SlowFirstEvent))
            {
                await Task.Delay(SlowFirstEventDelay, cancellationToken);
            }

            return;
        }

        var delay = run.Request.ThinkDelay ?? style.DefaultThinkDelay;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }
    }

    private void Send(string type, JsonObject payload)
    {
        var envelope = new JsonObject
        {
            ["type"] = type,
            ["run_id"] = run.RunId,
            ["thread_id"] = run.ThreadId,
            ["user_id"] = run.UserId,
            ["agent_name"] = faults.Has(Fault.EventsWrongAgentName) ? "supervisor" : run.AgentType,
        };
        if (run.Request.MessageId is { } messageId)
        {
            envelope["message_id"] = messageId;
        }

        envelope["sequence"] = faults.Has(Fault.SequenceStartsAtZero) ? _sequence++ : ++_sequence;
        // event-timestamps-far-future: local time (UTC+3) labelled as UTC.
        envelope["timestamp"] = style.FrameTime(faults.Has(Fault.EventTimestampsFarFuture) ? DateTime.UtcNow.AddHours(3) : DateTime.UtcNow);
        envelope["payload"] = payload;
        style.Decorate(envelope);
        var frame = new RunEvent(type, envelope, System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString()));
        run.Touch();
        connections.DeliverToUser(run.UserId, frame.Utf8);
        observer?.TryWrite(frame);
    }
}
