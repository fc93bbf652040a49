using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Http;
using Netra.E2E.ReferenceBackend.Threads;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Turns a REST agent request body into a started run; 422 for a missing field, unknown type or bad context.</summary>
internal static class AgentRequests
{
    /// <summary>Reads <c>{&lt;typeField&gt;, message, context?}</c> (or uses <paramref name="fixedType"/>) and starts the run.</summary>
    public static async Task<AgentRun> StartAsync(
        HttpContext context, RunEngine engine, string? typeField, string? fixedType,
            System.Threading.Channels.ChannelWriter<RunEvent>? observer,
        CancellationToken callerGone, CancellationToken cancellationToken)
    {
        var user = RequestUser.Require(context);
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var agentType = fixedType ?? JsonBody.RequiredString(body, typeField!);
        if (!AgentCatalog.IsKnown(agentType))
        {
            throw JsonBody.Invalid($"Field '{typeField}' must be one of: {string.Join(", ", AgentCatalog.Types)}.");
        }

        var message = JsonBody.RequiredString(body, "message");
        var runContext = JsonBody.OptionalObject(body, "context");
        var threadId = runContext is null ? null : JsonBody.OptionalString(runContext, "thread_id");
        var request = new RunRequest(user.UserId, agentType, message, threadId, JsonBody.OptionalString(body, "message_id"),
            ThinkDelay(runContext));
        var thread = engine.ResolveThread(user.UserId, threadId, message, out var resolved) switch
        {
            ThreadAccess.Granted => resolved!,
            ThreadAccess.Denied => throw new ApiException(ApiError.Forbidden("Access denied to thread.")),
            _ => throw new ApiException(ApiError.NotFound("Thread not found.")),
        };
        return engine.Start(request, thread, observer, callerGone);
    }

    private static TimeSpan? ThinkDelay(JsonObject? runContext)
    {
        var ms = JsonBody.OptionalInteger(runContext, "think_delay_ms");
        if (ms is null)
        {
            return null;
        }

        return ms is < 0 or > RunRequest.MaxThinkDelayMs
            ? throw JsonBody.Invalid($"Field 'context.think_delay_ms' must be 0 to {RunRequest.MaxThinkDelayMs}.")
            : TimeSpan.FromMilliseconds(ms.Value);
    }
}
