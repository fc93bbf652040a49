using System.Diagnostics;
using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Http;

/// <summary>One attempt, no retry, returning at the response headers: for streams, whose body is read later.</summary>
internal static class StreamingSend
{
    public static async Task<HttpResponseMessage> SendAsync(
        NetraHttp http, NetraApiClient client, HttpRequestMessage message, HttpExchangeRecord record, Stopwatch clock,
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
            throw Fail(client, record, clock,
                $"no response headers within {http.Options.RequestTimeout.TotalSeconds:0.#} s (attempt deadline)", ex);
        }
        catch (HttpRequestException ex)
        {
            throw Fail(client, record, clock, $"request failed ({ex.HttpRequestError}): {client.Evidence.Redactor.Redact(ex.Message)}", ex);
        }
    }

    public static async Task<string> ReadBodyAsync(
        NetraHttp http, NetraApiClient client, HttpResponseMessage response, HttpExchangeRecord record, Stopwatch clock,
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
            throw Fail(client, record, clock, $"the body did not complete within {http.Options.RequestTimeout.TotalSeconds:0.#} s", ex);
        }
    }

    private static ApiRequestException Fail(NetraApiClient client, HttpExchangeRecord record, Stopwatch clock, string cause,
        Exception inner)
    {
        client.Evidence.Record(record with { Duration = clock.Elapsed, Error = cause });
        return new ApiRequestException(record.Method, record.Url, 1, cause, inner);
    }
}
