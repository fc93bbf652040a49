using System.Diagnostics;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Threads;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Agents;

/// <summary>
/// The steps of one run in contract 6 order: agent_started, thinking, each tool's executing/completed pair with
/// rising progress, then the summary appended to the thread and agent_completed. Home of <c>progress-decreasing</c>.
/// </summary>
internal sealed class RunSteps(ThreadStore threads, ToolBox tools, AgentResultBuilder results, VariantStyle style, FaultSet faults)
{
    public async Task<RunOutcome> RunAsync(AgentRun run, ChatThread thread, RunEventEmitter emitter, Stopwatch clock,
        CancellationToken cancellationToken)
    {
        var request = run.Request;
        await emitter.EmitAsync("agent_started", new JsonObject
        {
            ["status"] = "started",
            ["message"] = $"The {request.AgentType} agent started.",
            ["user_request"] = request.UserRequest,
        }, cancellationToken);
        var step = 1;
        await emitter.EmitAsync("agent_thinking", Thinking($"Reading the request for the {request.AgentType} agent.", step++, 10),
            cancellationToken);

        var toolNames = AgentCatalog.ToolsFor(request.AgentType);
        var toolResults = new JsonObject();
        for (var i = 0; i < toolNames.Count; i++)
        {
            var name = toolNames[i];
            var parameters = AgentCatalog.Parameters(name, request.UserRequest, toolResults);
            var callId = style.NewId("call");
            await emitter.EmitAsync("tool_executing", new JsonObject
            {
                ["tool_name"] = name,
                ["tool_call_id"] = callId,
                ["parameters"] = parameters.DeepClone(),
            }, cancellationToken);
            var toolClock = Stopwatch.StartNew();
            var result = tools.Execute(name, parameters).Result
                ?? throw new InvalidOperationException("A run built invalid tool parameters.");
            toolResults[name] = result.DeepClone();
            await emitter.EmitAsync("tool_completed", new JsonObject
            {
                ["tool_name"] = name,
                ["tool_call_id"] = callId,
                ["result"] = result,
                ["execution_time_ms"] = Math.Round(toolClock.Elapsed.TotalMilliseconds, 3),
            }, cancellationToken);
            await emitter.EmitAsync("agent_thinking", Thinking($"Evaluated {name}.", step++, Progress(i, toolNames.Count)),
                cancellationToken);
        }

        var final = results.Build(request.AgentType, request.UserRequest, toolResults);
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

    /// <summary>Run progress after tool <paramref name="index"/>; <c>progress-decreasing</c> restarts it at 5 for each step.</summary>
    private int Progress(int index, int toolCount) =>
        faults.Has(Fault.ProgressDecreasing) ? 5 : 10 + (80 * (index + 1) / toolCount);

    private static JsonObject Thinking(string reasoning, int step, int progress) => new()
    {
        ["reasoning"] = reasoning,
        ["step_number"] = step,
        ["progress_percentage"] = progress,
    };
}
