using System.Diagnostics;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Json;
using Polly.Timeout;
using Polly;

namespace Netra.E2E.Shared.Http;

/// <summary>Runs one call through the retry pipeline, reads the answer, and records the exchange in the evidence.</summary>
internal static class HttpExchangeRunner
{
    private const int EvidenceBodyChars = 2000;

    public static async Task<ApiResponse> SendAsync(NetraHttp http, NetraApiClient client, ApiRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var redactor = client.Evidence.Redactor;
        var url = client.Resolve(request);
        var body = HttpMessageFactory.BodyText(request);
        var state = new RequestState(request.Method.Method, redactor.RedactUrl(url), client.Evidence,
            request.AllowRetry && request.IsIdempotent);
        var record = new HttpExchangeRecord
        {
            Method = state.Method, Url = state.Url, StartedAt = DateTimeOffset.UtcNow, Duration = TimeSpan.Zero,
            RequestBody = redactor.Excerpt(body, EvidenceBodyChars),
        };
        var clock = Stopwatch.StartNew();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HttpRetryPolicy.StateKey, state);
        try
        {
            using var response = await http.Pipeline.ExecuteAsync(
                static async (ctx, s) =>
                {
                    s.State.Attempts++;
                    using var message = HttpMessageFactory.Create(s.Request, s.Url, s.Body);
                    s.State.RequestHeaders = HttpMessageFactory.Describe(message.Headers, message.Content?.Headers,
                        s.State.Evidence.Redactor);
                    return await s.Http.Client.SendAsync(message, HttpCompletionOption.ResponseContentRead,
                        ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (Http: http, Request: request, Url: url, Body: body, State: state)).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var headers = HttpMessageFactory.Collect(response);
            var data = new ApiResponseData(
                state.Method, state.Url, redactor.Redact(url.PathAndQuery), (int)response.StatusCode, response.ReasonPhrase, headers, text,
                    clock.Elapsed, state.Attempts);
            var answer = new ApiResponse(data, redactor);
            client.Evidence.Record(record with
            {
                Duration = clock.Elapsed, Status = data.Status, Attempts = state.Attempts, RequestId = answer.RequestId,
                RequestHeaders = state.RequestHeaders,
                ResponseHeaders = HttpMessageFactory.Describe(response.Headers, response.Content.Headers, redactor),
                ResponseBody = redactor.Excerpt(text, EvidenceBodyChars),
            });
            return answer;
        }
        catch (TimeoutRejectedException ex)
        {
            throw Failed(client, record, state, clock,
                $"no answer within {http.Options.RequestTimeout.TotalSeconds:0.#} s (attempt deadline)", ex);
        }
        catch (HttpRequestException ex)
        {
            throw Failed(client, record, state, clock, $"{Describe(ex.HttpRequestError)}: {redactor.Redact(ex.Message)}", ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            client.Evidence.Record(record with
            {
                Duration = clock.Elapsed, Attempts = state.Attempts, RequestHeaders = state.RequestHeaders,
                Error = "cancelled by the test's deadline before an answer arrived",
            });
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ApiRequestException Failed(
        NetraApiClient client, HttpExchangeRecord record, RequestState state, Stopwatch clock, string cause, Exception inner)
    {
        client.Evidence.Record(record with { Duration = clock.Elapsed, Attempts = state.Attempts, RequestHeaders = state.RequestHeaders,
            Error = cause });
        return new ApiRequestException(state.Method, state.Url, state.Attempts, cause, inner);
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
