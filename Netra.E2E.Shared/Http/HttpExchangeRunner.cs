using Polly;
using Polly.Timeout;

namespace Netra.E2E.Shared.Http;

/// <summary>Runs one call through the retry pipeline, reads the answer, and records the exchange in the evidence.</summary>
internal static class HttpExchangeRunner
{
    public static async Task<ApiResponse> SendAsync(NetraHttp http, NetraApiClient client, ApiRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = client.Resolve(request);
        var body = HttpMessageFactory.BodyText(request);
        var exchange = new HttpExchange(client, request, url, body);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HttpRetryPolicy.ExchangeKey, exchange);
        try
        {
            using var response = await http.Pipeline.ExecuteAsync(
                static async (ctx, s) =>
                {
                    using var message = HttpMessageFactory.Create(s.Request, s.Url, s.Body);
                    s.Exchange.Sending(message);
                    return await s.Http.Client.SendAsync(message, HttpCompletionOption.ResponseContentRead,
                        ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (Http: http, Request: request, Url: url, Body: body, Exchange: exchange)).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var answer = new ApiResponse(exchange.Data(response, text), client.Evidence.Redactor);
            exchange.Answered(response, answer.RequestId, text);
            return answer;
        }
        catch (TimeoutRejectedException ex)
        {
            throw exchange.Failed($"no answer within {http.Options.RequestTimeout.TotalSeconds:0.#} s (attempt deadline)", ex);
        }
        catch (HttpRequestException ex)
        {
            throw exchange.Failed(ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            exchange.Cancelled();
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
