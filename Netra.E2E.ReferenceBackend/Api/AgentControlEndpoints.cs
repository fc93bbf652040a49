using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>
/// Background runs: <c>/api/agents/start</c>, <c>/status</c> and <c>/cancel</c> (contract 4). Home of
/// <c>status-shows-other-users-runs</c> and <c>cancel-finished-200</c>.
/// </summary>
internal static class AgentControlEndpoints
{
    public static void MapAgentControlEndpoints(this WebApplication app)
    {
        app.MapPost("/api/agents/start", async (HttpContext context, RunEngine engine, ReferenceState state,
            CancellationToken cancellationToken) =>
        {
            var run = await AgentRequests.StartAsync(context, engine, "agent_type", null, null, state.Lifetime, cancellationToken);
            return Results.Json(new { Success = true, AgentId = run.RunId, Action = "start", run.RunId, run.ThreadId });
        });

        app.MapGet("/api/agents/status", (HttpContext context, RunRegistry runs, FaultSet faults,
            [Microsoft.AspNetCore.Mvc.FromQuery(Name = "agent_id")] string? agentId) =>
        {
            var user = RequestUser.Require(context);
            IEnumerable<AgentRun> mine = agentId is not null && faults.Has(Fault.StatusShowsOtherUsersRuns)
                ? [.. runs.Find(agentId) is { } any ? [any] : Array.Empty<AgentRun>()]
                : runs.ForUser(user.UserId).Where(r => agentId is null || r.RunId == agentId);
            return Results.Json(mine.Select(r => new
            {
                AgentId = r.RunId,
                Status = r.Status.ToString().ToLowerInvariant(),
                r.AgentType,
                r.ThreadId,
                r.StartTime,
                r.LastActivity,
            }));
        });

        app.MapPost("/api/agents/cancel", async (HttpContext context, RunRegistry runs, FaultSet faults,
            CancellationToken cancellationToken) =>
        {
            var user = RequestUser.Require(context);
            var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
            var run = runs.FindOwned(user.UserId, JsonBody.RequiredString(body, "agent_id"))
                ?? throw new ApiException(ApiError.NotFound("Run not found."));
            return run.TryCancel() || faults.Has(Fault.CancelFinished200)
                ? Results.Json(new { Success = true, Action = "cancel", AgentId = run.RunId })
                : new ErrorResult(ApiError.Conflict("The run has already finished."));
        });
    }
}
