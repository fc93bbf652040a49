using System.Diagnostics;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// An answer to a streaming request (<c>POST /api/agents/stream</c>): status and headers at once, then each SSE
/// <c>data:</c> block as a <see cref="ReceivedFrame"/> in <see cref="Frames"/>, read in the background until the server
/// ends the stream, the opening token fires, or this is disposed. Dispose with <c>await using</c>.
/// </summary>
public sealed class EventStreamSession : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop;
    private readonly Task _reader;
    private readonly Action<string> _record;

    private EventStreamSession(ApiResponse response, HttpResponseMessage message, FrameCollector frames, CancellationTokenSource stop,
        Action<string> record)
    {
        Response = response;
        Frames = frames;
        _response = message;
        _stop = stop;
        _record = record;
        _reader = response.MediaType == "text/event-stream" ? Task.Run(() => ReadAsync(stop.Token)) : Task.CompletedTask;
    }

    /// <summary>Status and headers; the body text only when the answer was not an event stream (e.g. a 401 error body).</summary>
    public ApiResponse Response { get; }

    /// <summary>The events received so far, with waits that fail at their deadline listing what arrived.</summary>
    public FrameCollector Frames { get; }

    /// <summary>Waits until the server ends the stream and returns every event; fails at the deadline listing what arrived.</summary>
    public Task<IReadOnlyList<ReceivedFrame>> WaitForEndAsync(TimeSpan? timeout, CancellationToken cancellationToken) =>
        Frames.WaitForEndAsync(timeout, cancellationToken);

    /// <summary>Stops reading (bounded to 2 s), closes the response and records the exchange.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Frames.End("the reader did not stop within 2 s of disposal; the response was aborted");
        }

        _response.Dispose();
        _stop.Dispose();
        _record(Frames.EndReason ?? "disposed");
    }

    internal static async Task<EventStreamSession> OpenAsync(NetraHttp http, NetraApiClient client, ApiRequest request,
        CancellationToken cancellationToken)
    {
        var redactor = client.Evidence.Redactor;
        var url = client.Resolve(request);
        var body = HttpMessageFactory.BodyText(request);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var record = new HttpExchangeRecord
        {
            Method = request.Method.Method, Url = redactor.RedactUrl(url), StartedAt = started, Duration = TimeSpan.Zero,
            RequestBody = redactor.Excerpt(body, 2000),
        };
        using var message = HttpMessageFactory.Create(request, url, body, accept: "text/event-stream");
        record = record with { RequestHeaders = HttpMessageFactory.Describe(message.Headers, message.Content?.Headers, redactor) };
        var response = await StreamingSend.SendAsync(http, client, message, record, clock, cancellationToken).ConfigureAwait(false);
        var isStream = response.Content.Headers.ContentType?.MediaType == "text/event-stream";
        var text = isStream ? string.Empty : await StreamingSend.ReadBodyAsync(http, client, response, record, clock,
            cancellationToken).ConfigureAwait(false);
        var data = new ApiResponseData(
            record.Method, record.Url, redactor.Redact(url.PathAndQuery), (int)response.StatusCode, response.ReasonPhrase,
            HttpMessageFactory.Collect(response), text, clock.Elapsed, 1);
        var frames = new FrameCollector(redactor);
        var recorded = 0;
        void Record(string end)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                var events = string.Join("\n", frames.Received.Select(f => f.Text));
                client.Evidence.Record(record with
                {
                    Duration = clock.Elapsed, Status = data.Status, RequestId = data.Headers.TryGetValue("X-Request-ID",
                        out var id) ? id[0] : null,
                    ResponseHeaders = HttpMessageFactory.Describe(response.Headers, response.Content.Headers, redactor),
                    ResponseBody = redactor.Excerpt(isStream ? $"[{frames.Received.Count} events; {end}] {events}" : text, 2000),
                });
            }
        }

        if (!isStream)
        {
            frames.End($"the answer was {data.Status} {response.Content.Headers.ContentType?.MediaType ?? "without content type"}, not " +
                $"an event stream");
        }

        return new EventStreamSession(new ApiResponse(data, redactor), response, frames,
            CancellationTokenSource.CreateLinkedTokenSource(cancellationToken), Record);
    }

    private async Task ReadAsync(CancellationToken stop)
    {
        string end;
        try
        {
            var body = await _response.Content.ReadAsStreamAsync(stop).ConfigureAwait(false);
            end = await SseReader.ReadAsync(body, Frames, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            end = "reading stopped: the test's deadline passed or the stream was disposed before the server ended it";
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            end = $"the connection failed while reading: {ex.Message}";
        }

        // Evidence first, so a test woken by the end of the stream already finds the exchange recorded.
        _record(end);
        Frames.End(end);
    }
}
