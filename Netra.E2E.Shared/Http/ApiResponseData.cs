namespace Netra.E2E.Shared.Http;

/// <summary>The fields an <see cref="ApiResponse"/> is built from.</summary>
internal sealed record ApiResponseData(
    string Method,
    string Url,
    string Path,
    int Status,
    string? ReasonPhrase,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    string Body,
    TimeSpan Elapsed,
    int Attempts);
