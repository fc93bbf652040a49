using System.Diagnostics;
using Netra.E2E.ReferenceBackend.Agents.Tools;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary><c>/api/tools</c> and <c>/api/tools/execute</c> (contract 4 and 6).</summary>
internal static class ToolEndpoints
{
    public static void MapToolEndpoints(this WebApplication app)
    {
        app.MapGet("/api/tools", (HttpContext context) =>
        {
            RequestUser.Require(context);
            return Results.Json(new { Tools = ToolDescriptions.All });
        });

        app.MapPost("/api/tools/execute", async (HttpContext context, ToolBox tools, CancellationToken cancellationToken) =>
        {
            RequestUser.Require(context);
            var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
            var name = JsonBody.RequiredString(body, "tool_name");
            if (!ToolBox.Exists(name))
            {
                throw new ApiException(ApiError.NotFound("Unknown tool."));
            }

            var parameters = JsonBody.OptionalObject(body, "parameters") ?? [];
            var clock = Stopwatch.StartNew();
            var outcome = tools.Execute(name, parameters);
            return outcome.Result is { } result
                ? Results.Json(new { ToolName = name, Result = result, ExecutionTimeMs = Math.Round(clock.Elapsed.TotalMilliseconds, 3) })
                : throw JsonBody.Invalid(outcome.Error!);
        });
    }
}
