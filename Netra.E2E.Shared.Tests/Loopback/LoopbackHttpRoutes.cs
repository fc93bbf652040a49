using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>HTTP routes: transient failures, throttling, echo of the raw request, redirect, silence, contract errors, event
/// streams.</summary>
internal static class LoopbackHttpRoutes
{
    private static readonly string[] StreamEvents = ["agent_started", "agent_thinking", "agent_completed"];

    public static void Map(WebApplication app, LoopbackState state)
    {
        app.MapMethods("/flaky/{key}/{failures:int}/{status:int}", ["GET", "POST", "PUT", "PATCH", "DELETE"], (string key, int failures,
            int status) =>
        {
            var hit = state.Hit(key);
            return hit <= failures ? Results.Json(new { detail = "transient", attempt = hit },
                statusCode: status) : Results.Json(new { ok = true, attempt = hit });
        });
        app.MapGet("/throttle/{key}/{seconds:int}", (HttpContext context, string key, int seconds) =>
        {
            if (state.Hit(key) > 1)
            {
                return Results.Json(new { ok = true });
            }

            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { detail = "slow down" }, statusCode: 429);
        });
        app.Map("/echo", async (HttpContext context) =>
        {
            var observed = await ObserveAsync(context);
            context.Response.Headers["X-Request-ID"] = context.Request.Headers["X-Request-ID"].FirstOrDefault() ?? "loopback-generated";
            return Results.Json(new { method = observed.Method, raw_target = observed.RawTarget, headers = observed.Headers,
                body = observed.Body });
        });
        app.MapGet("/headers", (HttpContext context) =>
        {
            // Values as a target might spell them: a list, a header sent twice, and spacing the typed parsers would rewrite.
            context.Response.Headers.CacheControl = "no-store,max-age=0";
            context.Response.Headers.Append("X-Multi", "a");
            context.Response.Headers.Append("X-Multi", "b");
            context.Response.Headers.Vary = "Origin, Accept-Encoding";
            return Results.Text("{}", "application/json");
        });
        app.MapGet("/redirect", () => Results.Redirect("/somewhere-else"));
        app.MapGet("/hang", async (HttpContext context) =>
        {
            await LoopbackWebSocketRoutes.UntilAbortedAsync(context.RequestAborted);
            return Results.Ok();
        });
        app.MapGet("/leaky", () => Results.Text(
            """{"detail":"bad {token}","access_token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln","stack":"at Foo()"}""",
                "application/json", statusCode: 500));
        app.MapGet("/shapes", () => Results.Text("""{"n":1.5,"o":{},"a":[1,"x"],"s":"text","t":true,"f":false}""", "application/json"));
        app.MapGet("/error/{variant}", (HttpContext context, string variant) =>
        {
            context.Response.Headers["X-Request-ID"] = "req-loopback-1";
            object detail = variant == "field-list" ? new[] { new { loc = "title", msg = "too long" } } : "Title too long";
            return variant switch
            {
                "as-text" => Results.Text("Title too long", "text/plain", statusCode: 422),
                "no-code" => Results.Json(new { detail, request_id = "req-loopback-1" }, statusCode: 422),
                "other-id" => Results.Json(new { detail, error_code = "VALIDATION_ERROR", request_id = "req-somebody-else" },
                    statusCode: 422),
                _ => Results.Json(new { detail, error_code = "VALIDATION_ERROR", request_id = "req-loopback-1" }, statusCode: 422),
            };
        });
        app.MapPost("/sse/{mode}", async (HttpContext context, string mode) =>
        {
            if (mode == "unauthorized")
            {
                await Results.Json(new { detail = "Not authenticated" }, statusCode: 401).ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/event-stream";
            foreach (var evt in StreamEvents)
            {
                await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(new { @event = evt })}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }

            if (mode == "never-ends")
            {
                await LoopbackWebSocketRoutes.UntilAbortedAsync(context.RequestAborted);
                return;
            }

            await context.Response.WriteAsync(": comment\ndata: {\"event\":\"stream_end\",\ndata: \"lines\":2}\n\n",
                context.RequestAborted);
        });
    }

    private static async Task<ObservedRequest> ObserveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new ObservedRequest(context.Request.Method, rawTarget, headers, body);
    }
}
