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
        var url = client.Resolve(request);
        var body = HttpMessageFactory.BodyText(request);
        var exchange = new HttpExchange(client, request, url, body);
        using var message = HttpMessageFactory.Create(request, url, body, accept: "text/event-stream");
        exchange.Sending(message);
        var response = await SendAsync(http, message, exchange, cancellationToken).ConfigureAwait(false);
        var isStream = response.Content.Headers.ContentType?.MediaType == "text/event-stream";
        var text = isStream ? string.Empty : await ReadBodyAsync(http, response, exchange, cancellationToken).ConfigureAwait(false);
        var answer = new ApiResponse(exchange.Data(response, text), client.Evidence.Redactor);
        var frames = new FrameCollector(client.Evidence.Redactor);
        void Record(string end)
        {
            var events = string.Join("\n", frames.Received.Select(f => f.Text));
            exchange.Answered(response, answer.RequestId, isStream ? $"[{frames.Count} events; {end}] {events}" : text);
        }

        if (!isStream)
        {
            frames.End($"the answer was {answer.Status} {response.Content.Headers.ContentType?.MediaType ?? "without content type"}, " +
                "not an event stream");
        }

        return new EventStreamSession(answer, response, frames, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken),
            Record);
    }

    /// <summary>One attempt, no retry, returning at the response headers: the body is the stream, read later.</summary>
    private static async Task<HttpResponseMessage> SendAsync(NetraHttp http, HttpRequestMessage message, HttpExchange exchange,
        CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(http.Options.RequestTimeout);
        try
        {
            return await http.Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw exchange.Failed($"no response headers within {http.Options.RequestTimeout.TotalSeconds:0.#} s (attempt deadline)",
                ex);
        }
        catch (HttpRequestException ex)
        {
            throw exchange.Failed(ex);
        }
        catch (OperationCanceledException)
        {
            exchange.Cancelled();
            throw;
        }
    }

    private static async Task<string> ReadBodyAsync(NetraHttp http, HttpResponseMessage response, HttpExchange exchange,
        CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(http.Options.RequestTimeout);
        try
        {
            return await response.Content.ReadAsStringAsync(attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            response.Dispose();
            throw exchange.Failed($"the body did not complete within {http.Options.RequestTimeout.TotalSeconds:0.#} s", ex);
        }
        catch (OperationCanceledException)
        {
            response.Dispose();
            exchange.Cancelled();
            throw;
        }
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
