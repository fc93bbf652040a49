using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Threads;
using Netra.E2E.ReferenceBackend.Variants;
using Netra.E2E.ReferenceBackend.WebSockets;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// The one run engine behind the WebSocket, /api/agents/execute, /stream and /start: records the run, appends
/// the user's message to the thread, runs the agent's tools with events in contract order, appends the summary.
/// </summary>
internal sealed class RunEngine(
    ThreadStore threads, RunRegistry runs, ConnectionRegistry connections, ToolBox tools, FaultSet faults, VariantStyle style,
        CancellationToken lifetime)
{
    private readonly RunSteps _steps = new(threads, tools, new AgentResultBuilder(faults), style, faults);

    /// <summary>The run's thread: a new one when none is named, else the named one (contract v2: unknown is an error).</summary>
    /// <summary>True when a live thread has that id, whoever owns it.</summary>
    public bool ThreadExists(string threadId) => threads.Exists(threadId);

    public ThreadAccess ResolveThread(string userId, string? threadId, string userRequest, out ChatThread? thread)
    {
        var title = AgentResultBuilder.Quote(userRequest);
        if (threadId is null)
        {
            thread = threads.Create(userId, title, null);
            return ThreadAccess.Granted;
        }

        return threads.Check(userId, threadId, out thread);
    }

    /// <summary>Starts the run in the background; <paramref name="callerGone"/> cancels it (e.g. request aborted).</summary>
    public AgentRun Start(RunRequest request, ChatThread thread, ChannelWriter<RunEvent>? observer, CancellationToken callerGone)
    {
        var run = new AgentRun(style.NewId("run"), request, thread.Id, CancellationTokenSource.CreateLinkedTokenSource(lifetime,
            callerGone));
        runs.Add(run);
        var metadata = new JsonObject { ["run_id"] = run.RunId };
        if (request.MessageId is { } messageId)
        {
            metadata["message_id"] = messageId;
        }

        threads.Append(thread, request.UserId, "user", request.UserRequest, "user", metadata);
        var emitter = new RunEventEmitter(run, faults, style, connections, observer);
        _ = Task.Run(() => ExecuteAsync(run, thread, emitter, observer, run.Token), CancellationToken.None);
        return run;
    }

    private async Task ExecuteAsync(AgentRun run, ChatThread thread, RunEventEmitter emitter, ChannelWriter<RunEvent>? observer,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        RunOutcome outcome;
        try
        {
            outcome = await _steps.RunAsync(run, thread, emitter, clock, cancellationToken);
        }
        catch (OperationCanceledException) when (run.Status != RunStatus.Completed)
        {
            // Cancelled by /api/agents/cancel, the caller leaving, or the server stopping.
            run.TryFinish(RunStatus.Cancelled);
            emitter.EmitError("CANCELLED", "The run was cancelled.");
            outcome = new RunOutcome(RunStatus.Cancelled, null, clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            // Completed and recorded, then stopped mid-emission by shutdown or the caller leaving.
            outcome = new RunOutcome(RunStatus.Completed, null, clock.Elapsed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever failed, the run must end with one terminal event and a completion its callers await.
            run.TryFinish(RunStatus.Error);
            emitter.EmitError("INTERNAL_ERROR", "The agent failed.");
            outcome = new RunOutcome(RunStatus.Error, null, clock.Elapsed);
        }

        observer?.TryComplete();
        run.Complete(outcome);
    }
}
