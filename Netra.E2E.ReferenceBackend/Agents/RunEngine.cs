using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Threads;
using Netra.E2E.ReferenceBackend.WebSockets;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// The one run engine behind the WebSocket, /api/agents/execute, /stream and /start: records the run, appends
/// the user's message to the thread, runs the agent's tools with events in contract order, appends the summary.
/// </summary>
internal sealed class RunEngine(
    ThreadStore threads, RunRegistry runs, ConnectionRegistry connections, ToolBox tools, FaultSet faults, CancellationToken lifetime)
{
    private readonly AgentResultBuilder _results = new(faults);

    /// <summary>The run's thread: the one named (created with that id when unknown), or a new one.</summary>
    public ThreadAccess ResolveThread(string userId, string? threadId, string userRequest, out ChatThread? thread)
    {
        var title = AgentResultBuilder.Quote(userRequest);
        if (threadId is null)
        {
            thread = threads.Create(userId, title, null)!;
            return ThreadAccess.Granted;
        }

        var access = threads.Check(userId, threadId, out thread);
        if (access == ThreadAccess.NotFound && Http.RequestIds.IsWellFormed(threadId))
        {
            thread = threads.Create(userId, title, null, threadId);
            return thread is null ? threads.Check(userId, threadId, out thread) : ThreadAccess.Granted;
        }

        return access;
    }

    /// <summary>Starts the run in the background; <paramref name="callerGone"/> cancels it (e.g. request aborted).</summary>
    public AgentRun Start(RunRequest request, ChatThread thread, ChannelWriter<RunEvent>? observer, CancellationToken callerGone)
    {
        var run = new AgentRun(request, thread.Id, CancellationTokenSource.CreateLinkedTokenSource(lifetime, callerGone));
        runs.Add(run);
        var metadata = new JsonObject { ["run_id"] = run.RunId };
        if (request.MessageId is { } messageId)
        {
            metadata["message_id"] = messageId;
        }

        threads.Append(thread, request.UserId, "user", request.UserRequest, "user", metadata);
        var emitter = new RunEventEmitter(run, faults, connections, observer);
        _ = Task.Run(() => ExecuteAsync(run, thread, emitter, observer), CancellationToken.None);
        return run;
    }

    private async Task ExecuteAsync(AgentRun run, ChatThread thread, RunEventEmitter emitter, ChannelWriter<RunEvent>? observer)
    {
        var clock = Stopwatch.StartNew();
        RunOutcome outcome;
        try
        {
            outcome = await RunStepsAsync(run, thread, emitter, clock, run.Token);
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

    private async Task<RunOutcome> RunStepsAsync(AgentRun run, ChatThread thread, RunEventEmitter emitter, Stopwatch clock, CancellationToken cancellationToken)
    {
        var request = run.Request;
        await emitter.EmitAsync("agent_started", new JsonObject
        {
            ["status"] = "started",
            ["message"] = $"The {request.AgentType} agent started.",
            ["user_request"] = request.UserRequest,
        }, cancellationToken);
        var step = 1;
        await emitter.EmitAsync("agent_thinking", Thinking($"Reading the request for the {request.AgentType} agent.", step++, 10), cancellationToken);

        var toolNames = AgentCatalog.ToolsFor(request.AgentType);
        var results = new JsonObject();
        for (var i = 0; i < toolNames.Count; i++)
        {
            var name = toolNames[i];
            var parameters = AgentCatalog.Parameters(name, request.UserRequest, results);
            var callId = "call_" + Guid.NewGuid().ToString("N");
            await emitter.EmitAsync("tool_executing", new JsonObject
            {
                ["tool_name"] = name,
                ["tool_call_id"] = callId,
                ["parameters"] = parameters.DeepClone(),
            }, cancellationToken);
            var toolClock = Stopwatch.StartNew();
            var result = tools.Execute(name, parameters).Result ?? throw new InvalidOperationException("A run built invalid tool parameters.");
            results[name] = result.DeepClone();
            await emitter.EmitAsync("tool_completed", new JsonObject
            {
                ["tool_name"] = name,
                ["tool_call_id"] = callId,
                ["result"] = result,
                ["execution_time_ms"] = Math.Round(toolClock.Elapsed.TotalMilliseconds, 3),
            }, cancellationToken);
            await emitter.EmitAsync("agent_thinking", Thinking($"Evaluated {name}.", step++, 10 + (80 * (i + 1) / toolNames.Count)), cancellationToken);
        }

        var final = _results.Build(request.AgentType, request.UserRequest, results);
        if (!run.TryFinish(RunStatus.Completed))
        {
            throw new OperationCanceledException(run.Token);
        }

        threads.Append(thread, run.UserId, "assistant", final["summary"]!.GetValue<string>(), "assistant",
            new JsonObject { ["run_id"] = run.RunId, ["agent_type"] = request.AgentType });
        var elapsed = clock.Elapsed;
        await emitter.EmitAsync("agent_completed", new JsonObject
        {
            ["status"] = "completed",
            ["result"] = final.DeepClone(),
            ["execution_time_ms"] = Math.Round(elapsed.TotalMilliseconds, 3),
        }, cancellationToken);
        return new RunOutcome(RunStatus.Completed, final, elapsed);
    }

    private static JsonObject Thinking(string reasoning, int step, int progress) => new()
    {
        ["reasoning"] = reasoning,
        ["step_number"] = step,
        ["progress_percentage"] = progress,
    };
}
