using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Synchronous runs: <c>/api/agents/execute</c> and the typed <c>/triage</c>, <c>/data</c>, <c>/optimization</c>.</summary>
internal static class AgentEndpoints
{
    public static void MapAgentEndpoints(this WebApplication app)
    {
        app.MapPost("/api/agents/execute", (HttpContext context, RunEngine engine, FaultSet faults, CancellationToken cancellationToken) =>
            ExecuteAsync(context, engine, faults, null, cancellationToken));
        foreach (var type in AgentCatalog.Types)
        {
            app.MapPost("/api/agents/" + type, (HttpContext context, RunEngine engine, FaultSet faults,
                CancellationToken cancellationToken) =>
                ExecuteAsync(context, engine, faults, type, cancellationToken));
        }
    }

    private static async Task<IResult> ExecuteAsync(
        HttpContext context, RunEngine engine, FaultSet faults, string? fixedType, CancellationToken cancellationToken)
    {
        var run = await AgentRequests.StartAsync(context, engine, "type", fixedType, null, cancellationToken, cancellationToken);
        var outcome = await run.Completion.WaitAsync(cancellationToken);
        return outcome.Status switch
        {
            RunStatus.Completed when outcome.Result is not null => Results.Json(new
            {
                Status = "success",
                Agent = run.AgentType,
                run.RunId,
                run.ThreadId,
                Response = outcome.Result,
                // execution-time-in-ms: milliseconds where the contract says seconds.
                ExecutionTime = faults.Has(Fault.ExecutionTimeInMs)
                    ? Math.Round(outcome.Elapsed.TotalMilliseconds, 3)
                    : Math.Round(outcome.Elapsed.TotalSeconds, 6),
            }),
            RunStatus.Cancelled => new ErrorResult(ApiError.Conflict("The run was cancelled.")),
            _ => new ErrorResult(ApiError.Internal()),
        };
    }
}
