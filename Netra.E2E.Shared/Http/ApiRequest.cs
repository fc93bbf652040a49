namespace Netra.E2E.Shared.Http;

/// <summary>Everything one call can carry; the convenience methods of <see cref="NetraApiClient"/> build it for you.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query relative to the client's base URL, starting with <c>/</c>.</param>
public sealed record ApiRequest(HttpMethod Method, string Path)
{
    /// <summary>Serialised as JSON with System.Text.Json, property names as written (no naming policy). Default none.</summary>
    public object? Body { get; init; }

    /// <summary>A body sent verbatim instead of <see cref="Body"/> (e.g. invalid JSON). Default none.</summary>
    public string? RawBody { get; init; }

    /// <summary>Content type of <see cref="RawBody"/>. Default <c>application/json</c>.</summary>
    public string RawBodyContentType { get; init; } = "application/json";

    /// <summary>Access token sent as <c>Authorization: Bearer</c>. Default none.</summary>
    public string? Bearer { get; init; }

    /// <summary>Extra request headers (e.g. <c>Origin</c>, <c>X-Request-ID</c>, <c>Idempotency-Key</c>). Default none.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Send <see cref="Path"/> exactly as written: no dot-segment removal, no re-escaping. Default false.</summary>
    public bool RawPath { get; init; }

    /// <summary>
    /// Whether transient failures may be retried (idempotent methods or an <c>Idempotency-Key</c> still required).
    /// Set false where the test must see the 429/503 itself, e.g. rate-limit tests. Default true.
    /// </summary>
    public bool AllowRetry { get; init; } = true;

    /// <summary>True when the method is idempotent or the request carries an <c>Idempotency-Key</c>.</summary>
    public bool IsIdempotent =>
        Method == HttpMethod.Get || Method == HttpMethod.Head || Method == HttpMethod.Options || Method == HttpMethod.Put ||
        Method == HttpMethod.Delete || (Headers?.Keys.Any(k => k.Equals("Idempotency-Key", StringComparison.OrdinalIgnoreCase)) ?? false);
}
