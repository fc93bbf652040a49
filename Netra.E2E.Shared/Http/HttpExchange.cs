using System.Diagnostics;
using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// One HTTP exchange as the evidence sees it, plain or streamed: what was sent (redacted), the attempts, and exactly one
/// record when it ends (answered, failed or cancelled). The one place that words a transport failure, so a plain call and
/// an event stream that fail the same way say the same thing.
/// </summary>
internal sealed class HttpExchange
{
    private const int EvidenceBodyChars = 2000;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;
    private readonly string _requestBody;
    private readonly bool _summaryOnly;
    private int _recorded;

    public HttpExchange(NetraApiClient client, ApiRequest request, Uri url, string? body)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        Evidence = client.Evidence;
        Method = request.Method.Method;
        Url = Evidence.Redactor.RedactUrl(url);
        Path = Evidence.Redactor.Redact(url.PathAndQuery);
        Retryable = request.AllowRetry && request.IsIdempotent;
        _summaryOnly = Evidence.Detail == EvidenceDetail.Summary;
        _requestBody = _summaryOnly ? string.Empty : Evidence.Redactor.Excerpt(body, EvidenceBodyChars);
    }

    public string Method { get; }

    /// <summary>The URL as sent, redacted.</summary>
    public string Url { get; }

    /// <summary>Path and query, redacted.</summary>
    public string Path { get; }

    public EvidenceLog Evidence { get; }

    /// <summary>Whether the retry pipeline may repeat the request (idempotent and not opted out).</summary>
    public bool Retryable { get; }

    /// <summary>Attempts sent so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Time since the first attempt started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The request headers of the last attempt, redacted.</summary>
    public IReadOnlyList<string> RequestHeaders { get; private set; } = [];

    /// <summary>Counts an attempt about to be sent and notes its headers.</summary>
    public void Sending(HttpRequestMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Attempts++;
        if (!_summaryOnly)
        {
            RequestHeaders = HttpMessageFactory.Describe(message.Headers, message.Content?.Headers, Evidence.Redactor);
        }
    }

    /// <summary>The answer's fields, for an <see cref="ApiResponse"/>.</summary>
    public ApiResponseData Data(HttpResponseMessage response, string body) =>
        new(Method, Url, Path, (int)response.StatusCode, response.ReasonPhrase, HttpMessageFactory.Collect(response), body, Elapsed,
            Attempts);

    /// <summary>
    /// Records the answer (<paramref name="body"/> is excerpted and redacted here); in a summary-only log (load) just its
    /// line (method, URL, status, time, attempts): no headers or bodies are redacted and kept.
    /// </summary>
    public void Answered(HttpResponseMessage response, string? requestId, string body) => Record(new HttpExchangeRecord
    {
        Method = Method, Url = Url, StartedAt = _startedAt, Duration = Elapsed, Status = (int)response.StatusCode,
        Attempts = Attempts, RequestId = requestId, RequestHeaders = RequestHeaders, RequestBody = _requestBody,
        ResponseHeaders = _summaryOnly ? [] : HttpMessageFactory.Describe(response.Headers, response.Content.Headers, Evidence.Redactor),
        ResponseBody = _summaryOnly ? string.Empty : Evidence.Redactor.Excerpt(body, EvidenceBodyChars),
    });

    /// <summary>Records that no answer arrived and returns the exception that says so.</summary>
    public ApiRequestException Failed(string cause, Exception inner)
    {
        RecordError(cause);
        return new ApiRequestException(Method, Url, Attempts, cause, inner);
    }

    /// <summary>As <see cref="Failed(string, Exception)"/> for a transport failure, worded from its kind.</summary>
    public ApiRequestException Failed(HttpRequestException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Failed($"{Describe(failure.HttpRequestError)}: {Evidence.Redactor.Redact(failure.Message)}", failure);
    }

    /// <summary>Records that the test's own token ended the exchange before an answer.</summary>
    public void Cancelled() => RecordError("cancelled by the test's deadline before an answer arrived");

    private void RecordError(string cause) => Record(new HttpExchangeRecord
    {
        Method = Method, Url = Url, StartedAt = _startedAt, Duration = Elapsed, Attempts = Attempts, RequestHeaders = RequestHeaders,
        RequestBody = _requestBody, Error = cause,
    });

    private void Record(HttpExchangeRecord record)
    {
        if (Interlocked.Exchange(ref _recorded, 1) == 0)
        {
            Evidence.Record(record);
        }
    }

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.ConnectionError => "connection failed (refused, reset or unreachable)",
        HttpRequestError.NameResolutionError => "DNS lookup failed",
        HttpRequestError.SecureConnectionError => "TLS handshake failed (certificate not trusted or protocol mismatch)",
        HttpRequestError.ResponseEnded => "the connection closed before a complete answer",
        _ => $"request failed ({error})",
    };
}
