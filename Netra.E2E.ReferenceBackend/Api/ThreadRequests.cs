using Netra.E2E.ReferenceBackend.Http;
using Netra.E2E.ReferenceBackend.Threads;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Resolves a thread id for a REST caller: 404 unknown, 403 another user's.</summary>
internal static class ThreadRequests
{
    public static ChatThread Owned(ThreadStore threads, string userId, string threadId) =>
        threads.Check(userId, threadId, out var thread) switch
        {
            ThreadAccess.Granted => thread!,
            ThreadAccess.Denied => throw new ApiException(threads.Style.ForeignThreadStatus == StatusCodes.Status404NotFound
                ? ApiError.NotFound("Thread not found.")
                : ApiError.Forbidden("Access denied to thread.")),
            _ => throw new ApiException(ApiError.NotFound("Thread not found.")),
        };

    /// <summary>The title sent, refused over 200 characters (unless <c>title-over-200-accepted</c>).</summary>
    public static string? Title(ThreadStore threads, string? title) =>
        title is { Length: > 200 } && !threads.Faults.Has(Faults.Fault.TitleOver200Accepted)
            ? throw JsonBody.Invalid("Field 'title' must be at most 200 characters.")
            : title;
}
