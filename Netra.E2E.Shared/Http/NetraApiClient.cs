using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// Calls one service (backend or auth) of the target on the shared <see cref="NetraHttp"/> stack and records every
/// exchange in the test's <see cref="EvidenceLog"/>. Answers of any status come back as <see cref="ApiResponse"/>;
/// only a missing answer (connection failure, attempt deadline) throws <see cref="ApiRequestException"/>.
/// </summary>
public sealed class NetraApiClient
{
    private readonly NetraHttp _http;

    internal NetraApiClient(NetraHttp http, Uri baseUrl, EvidenceLog evidence)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(evidence);
        _http = http;
        BaseUrl = baseUrl;
        Evidence = evidence;
    }

    /// <summary>The service's base URL.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The log this client records into.</summary>
    public EvidenceLog Evidence { get; }

    /// <summary>GET without a token.</summary>
    public Task<ApiResponse> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Get, path), cancellationToken);

    /// <summary>GET with an optional bearer token.</summary>
    public Task<ApiResponse> GetAsync(string path, string? bearer, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Get, path) { Bearer = bearer }, cancellationToken);

    /// <summary>POST a JSON body without a token.</summary>
    public Task<ApiResponse> PostJsonAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Post, path) { Body = body }, cancellationToken);

    /// <summary>POST a JSON body with an optional bearer token.</summary>
    public Task<ApiResponse> PostJsonAsync(string path, object? body, string? bearer, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Post, path) { Body = body, Bearer = bearer }, cancellationToken);

    /// <summary>PUT a JSON body with an optional bearer token.</summary>
    public Task<ApiResponse> PutJsonAsync(string path, object? body, string? bearer, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Put, path) { Body = body, Bearer = bearer }, cancellationToken);

    /// <summary>PATCH a JSON body with an optional bearer token.</summary>
    public Task<ApiResponse> PatchJsonAsync(string path, object? body, string? bearer, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Patch, path) { Body = body, Bearer = bearer }, cancellationToken);

    /// <summary>DELETE with an optional bearer token.</summary>
    public Task<ApiResponse> DeleteAsync(string path, string? bearer, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Delete, path) { Bearer = bearer }, cancellationToken);

    /// <summary>OPTIONS with the given headers (CORS preflight).</summary>
    public Task<ApiResponse> OptionsAsync(string path, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(HttpMethod.Options, path) { Headers = headers }, cancellationToken);

    /// <summary>Any method, optional JSON body, token and headers.</summary>
    public Task<ApiResponse> SendAsync(
        HttpMethod method, string path, object? body, string? bearer, IReadOnlyDictionary<string, string>? headers,
            CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(method, path) { Body = body, Bearer = bearer, Headers = headers }, cancellationToken);

    /// <summary>Sends <paramref name="rawPath"/> byte for byte: no dot-segment removal or re-escaping (<c>/api/../x</c>, <c>%2e%2e</c>,
    /// <c>%00</c>).</summary>
    public Task<ApiResponse> SendRawAsync(HttpMethod method, string rawPath, string? bearer, CancellationToken cancellationToken) =>
        SendAsync(new ApiRequest(method, rawPath) { Bearer = bearer, RawPath = true }, cancellationToken);

    /// <summary>Sends <paramref name="request"/> with the retry rule and per-attempt deadline, records it, and returns the
    /// answer.</summary>
    public Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken) =>
        HttpExchangeRunner.SendAsync(_http, this, request, cancellationToken);

    /// <summary>
    /// POSTs <paramref name="body"/> expecting <c>text/event-stream</c> and reads each <c>data:</c> block into the returned
    /// stream's frames in the background until the stream ends, <paramref name="cancellationToken"/> fires, or it is disposed.
    /// </summary>
    public Task<EventStreamSession> StreamEventsAsync(string path, object? body, string? bearer, CancellationToken cancellationToken) =>
        EventStreamSession.OpenAsync(_http, this, new ApiRequest(HttpMethod.Post, path) { Body = body, Bearer = bearer },
            cancellationToken);

    internal Uri Resolve(ApiRequest request)
    {
        if (!request.Path.StartsWith('/'))
        {
            throw new ArgumentException($"The path must start with '/': '{request.Path}'.", nameof(request));
        }

        var text = BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + request.Path;
        return request.RawPath
            ? new Uri(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true })
            : new Uri(text);
    }
}
