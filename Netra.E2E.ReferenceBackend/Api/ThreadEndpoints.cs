using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Http;
using Netra.E2E.ReferenceBackend.Threads;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary><c>/api/threads</c>: list, create, read, rename, delete, and a thread's messages (contract 4).</summary>
internal static class ThreadEndpoints
{
    public static void MapThreadEndpoints(this WebApplication app)
    {
        app.MapGet("/api/threads", (HttpContext context, ThreadStore threads) =>
        {
            var user = RequestUser.Require(context);
            var paging = Paging.From(context.Request);
            return Results.Json(paging.Apply(threads.ListFor(user.UserId)).Select(t => ThreadShapes.Thread(t.Snapshot(), threads.Style)));
        });

        app.MapPost("/api/threads", async (HttpContext context, ThreadStore threads, CancellationToken cancellationToken) =>
        {
            var user = RequestUser.Require(context);
            var body = await JsonBody.ReadOptionalObjectAsync(context.Request, cancellationToken);
            var title = ThreadRequests.Title(threads, JsonBody.OptionalString(body, "title"));
            var metadata = (System.Text.Json.Nodes.JsonObject?)JsonBody.OptionalObject(body, "metadata")?.DeepClone();
            var thread = threads.Create(user.UserId, title, metadata);
            return Results.Json(ThreadShapes.Thread(thread.Snapshot(), threads.Style), statusCode: threads.Style.CreatedStatus);
        });

        app.MapGet("/api/threads/{id}", (string id, HttpContext context, ThreadStore threads) =>
            Results.Json(ThreadShapes.Thread(ThreadRequests.Owned(threads, RequestUser.Require(context).UserId, id).Snapshot(),
                threads.Style)));

        app.MapPut("/api/threads/{id}", async (string id, HttpContext context, ThreadStore threads, CancellationToken cancellationToken) =>
        {
            var thread = ThreadRequests.Owned(threads, RequestUser.Require(context).UserId, id);
            var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
            var title = threads.Faults.Has(Faults.Fault.RenameTitleUnchecked)
                ? JsonBody.OptionalString(body, "title")
                : ThreadRequests.Title(threads, JsonBody.OptionalString(body, "title"));
            var metadata = (System.Text.Json.Nodes.JsonObject?)JsonBody.OptionalObject(body, "metadata")?.DeepClone();
            return Results.Json(ThreadShapes.Thread(thread.Update(title, metadata), threads.Style));
        });

        app.MapDelete("/api/threads/{id}", (string id, HttpContext context, ThreadStore threads) =>
        {
            var thread = ThreadRequests.Owned(threads, RequestUser.Require(context).UserId, id);
            threads.Delete(thread);
            return Results.Json(new { thread.Id, Object = "thread.deleted", Deleted = true });
        });

        app.MapGet("/api/threads/{id}/messages", (string id, HttpContext context, ThreadStore threads) =>
        {
            var user = RequestUser.Require(context);
            var thread = ThreadRequests.Owned(threads, user.UserId, id);
            var paging = Paging.From(context.Request);
            var history = threads.History(user.UserId, thread);
            return Results.Json(new
            {
                Messages = paging.Apply(history).Select(ThreadShapes.ThreadMessage),
                ThreadId = thread.Id,
                Total = history.Count,
                paging.Limit,
                paging.Offset,
            });
        });
    }
}
