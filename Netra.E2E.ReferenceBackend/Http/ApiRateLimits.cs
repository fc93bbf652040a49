using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>
/// Fixed-window limits on <c>/api/*</c>: per user id for authenticated calls, per client address otherwise.
/// Owns the partitioned limiter the ASP.NET Core rate-limiting middleware uses, and the X-RateLimit-* headers (home of
/// <c>ratelimit-reset-relative</c>).
/// </summary>
internal sealed class ApiRateLimits : IDisposable
{
    private readonly ReferenceServerOptions _options;
    private readonly ConcurrentDictionary<string, long> _windowStarts = new(StringComparer.Ordinal);

    public ApiRateLimits(ReferenceServerOptions options)
    {
        _options = options;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!Applies(context))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var (key, limit) = PartitionOf(context);
            return RateLimitPartition.GetFixedWindowLimiter(key, k =>
            {
                // The factory runs when a partition's limiter is (re)created: its windows start now.
                _windowStarts[k] = Stopwatch.GetTimestamp();
                return new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = options.RateLimitWindow, QueueLimit = 0,
                    AutoReplenishment = true };
            });
        });
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>Only <c>/api/*</c> is limited (so <c>/health</c> and the auth service are not).</summary>
    public static bool Applies(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>Sets X-RateLimit-Limit/Remaining/Reset from the caller's partition; returns seconds to the reset.</summary>
    public int WriteHeaders(HttpContext context)
    {
        var (key, limit) = PartitionOf(context);
        var remaining = Limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
        var secondsLeft = SecondsToReset(key);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        // ratelimit-reset-relative: the seconds to wait instead of the epoch instant.
        var reset = _options.Faults.Has(Fault.RateLimitResetRelative)
            ? secondsLeft
            : DateTimeOffset.UtcNow.ToUnixTimeSeconds() + secondsLeft;
        headers["X-RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
        return secondsLeft;
    }

    public void Dispose() => Limiter.Dispose();

    private (string Key, int Limit) PartitionOf(HttpContext context) =>
        RequestUser.Find(context) is { } user
            ? ("user:" + user.UserId, _options.RateLimitPerUser)
            : ("addr:" + context.Connection.RemoteIpAddress, _options.RateLimitPerAddress);

    private int SecondsToReset(string key)
    {
        var window = _options.RateLimitWindow;
        if (!_windowStarts.TryGetValue(key, out var start))
        {
            return (int)Math.Ceiling(window.TotalSeconds);
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        var intoWindow = TimeSpan.FromTicks(elapsed.Ticks % window.Ticks);
        return Math.Max(1, (int)Math.Ceiling((window - intoWindow).TotalSeconds));
    }
}
