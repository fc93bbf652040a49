namespace Netra.E2E.ReferenceBackend.Faults;

/// <summary>Faults of common HTTP behaviour and the backend's REST routes (contract 2 and 4), beyond the section 8 list.</summary>
internal static partial class Fault
{
    public const string RequestIdEchoesInvalid = "request-id-echoes-invalid";
    public const string CorsActualResponseNoAllowOrigin = "cors-actual-response-no-allow-origin";
    public const string RateLimitResetRelative = "ratelimit-reset-relative";
    public const string Messages307 = "messages-307";
    public const string ThreadsOldestFirst = "threads-oldest-first";
    public const string PagingLimitClamped = "paging-limit-clamped";
    public const string TitleOver200Accepted = "title-over-200-accepted";
    public const string ContentOver8000Accepted = "content-over-8000-accepted";
    public const string ChatHasMoreWrong = "chat-has-more-wrong";
    public const string ChatTotalCountsPage = "chat-total-counts-page";
    public const string ThreadCountFrozen = "thread-count-frozen";
    public const string ProfileDataUrlAccepted = "profile-data-url-accepted";
    public const string CancelFinished200 = "cancel-finished-200";
    public const string StatusShowsOtherUsersRuns = "status-shows-other-users-runs";
    public const string RenameTitleUnchecked = "rename-title-unchecked";
    public const string RefusedPatchStoresName = "refused-patch-stores-name";
}
