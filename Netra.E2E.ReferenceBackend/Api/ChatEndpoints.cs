using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;
using Netra.E2E.ReferenceBackend.Threads;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>
/// <c>/api/chat/messages</c>: post to a thread and page through the caller's messages (contract 4). Home of
/// <c>content-over-8000-accepted</c>, <c>chat-has-more-wrong</c>, <c>chat-total-counts-page</c> and <c>messages-307</c> (a
/// legacy alias that redirects).
/// </summary>
internal static class ChatEndpoints
{
    private const int MaxContent = 8000;

    public static void MapChatEndpoints(this WebApplication app)
    {
        if (app.Services.GetRequiredService<FaultSet>().Has(Fault.Messages307))
        {
            app.MapMethods("/api/messages", ["GET", "POST"], () => Results.Redirect("/api/chat/messages", permanent: false,
                preserveMethod: true));
        }

        app.MapGet("/api/chat/messages", (HttpContext context, ThreadStore threads, FaultSet faults) =>
        {
            var user = RequestUser.Require(context);
            var paging = Paging.From(context.Request);
            var threadId = context.Request.Query["thread_id"].ToString();
            var thread = threadId.Length > 0 ? ThreadRequests.Owned(threads, user.UserId, threadId) : null;
            var history = threads.History(user.UserId, thread);
            return Results.Json(new
            {
                Messages = paging.Apply(history).Select(ThreadShapes.ChatMessage),
                // chat-total-counts-page: total_count is the size of this page, not of the listing.
                TotalCount = faults.Has(Fault.ChatTotalCountsPage) ? paging.Apply(history).Count() : history.Count,
                Page = (paging.Offset / paging.Limit) + 1,
                PageSize = paging.Limit,
                // chat-has-more-wrong: an off-by-one that says more remain when the page ends exactly at the last message.
                HasMore = faults.Has(Fault.ChatHasMoreWrong)
                    ? paging.Offset + paging.Limit <= history.Count
                    : paging.Offset + paging.Limit < history.Count,
            });
        });

        app.MapPost("/api/chat/messages", async (HttpContext context, ThreadStore threads, FaultSet faults,
            CancellationToken cancellationToken) =>
        {
            var user = RequestUser.Require(context);
            var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
            var content = JsonBody.OptionalString(body, "content");
            if (string.IsNullOrWhiteSpace(content) || (content.Length > MaxContent && !faults.Has(Fault.ContentOver8000Accepted)))
            {
                throw JsonBody.Invalid($"Field 'content' must be 1 to {MaxContent} characters.");
            }

            var thread = ThreadRequests.Owned(threads, user.UserId, JsonBody.RequiredString(body, "thread_id"));
            var messageType = JsonBody.OptionalString(body, "message_type") ?? "user";
            if (messageType.Length is 0 or > 50)
            {
                throw JsonBody.Invalid("Field 'message_type' must be 1 to 50 characters.");
            }

            var role = messageType == "assistant" ? "assistant" : "user";
            var message = threads.Append(thread, user.UserId, role, content, messageType, null);
            return Results.Json(new { Message = ThreadShapes.ChatMessage(message), Status = "created" },
                statusCode: threads.Style.CreatedStatus);
        });
    }
}
