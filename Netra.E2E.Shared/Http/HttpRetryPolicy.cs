using System.Globalization;
using System.Net;
using Netra.E2E.Shared.Evidence;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// The retry rule of the suite: only transient failures (connection failure, 408, 429, 502, 503, 504), only for idempotent
/// methods or requests with an <c>Idempotency-Key</c>, <c>Retry-After</c> honoured up to a cap, each retry written to the
/// test's ledger. Inside the retry, each attempt has its own timeout.
/// </summary>
internal static class HttpRetryPolicy
{
    public static readonly ResiliencePropertyKey<HttpExchange> ExchangeKey = new("netra.exchange");

    private static readonly HashSet<HttpStatusCode> TransientStatuses =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    public static ResiliencePipeline<HttpResponseMessage> Build(NetraHttpOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(RetryReason(args.Outcome, args.Context, options) is not null),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    var exchange = args.Context.Properties.GetValue(ExchangeKey, null!);
                    var reason = RetryReason(args.Outcome, args.Context, options) ?? "transient failure";
                    exchange.Evidence.Record(new RetryRecord(exchange.Method, exchange.Url, args.AttemptNumber + 1, reason, args.RetryDelay,
                        DateTimeOffset.UtcNow));
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        return builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.RequestTimeout }).Build();
    }

    private static string? RetryReason(Outcome<HttpResponseMessage> outcome, ResilienceContext context, NetraHttpOptions options)
    {
        if (!context.Properties.GetValue(ExchangeKey, null!).Retryable)
        {
            return null;
        }

        if (outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } failure)
        {
            return $"connection failure ({failure.Message})";
        }

        if (outcome.Result is not { } response || !TransientStatuses.Contains(response.StatusCode))
        {
            return null;
        }

        var retryAfter = RetryAfter(response);
        if (retryAfter > options.RetryAfterCap)
        {
            return null;
        }

        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        return retryAfter is null ? status : $"{status} with Retry-After " +
            $"{retryAfter.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? TimeSpan.FromTicks(Math.Max(0, (date - DateTimeOffset.UtcNow).Ticks)) : null;
    }
}
