using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>Wires <see cref="ApiRateLimits"/> into the backend; home of the <c>no-rate-limit</c> fault.</summary>
internal static class RateLimitPipeline
{
    public static void AddApiRateLimits(this IServiceCollection services, ApiRateLimits limits, ErrorWriter errors)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = limits.Limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var seconds = limits.WriteHeaders(context);
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await errors.WriteAsync(context, ApiError.TooManyRequests("Rate limit exceeded; retry later."), null, cancellationToken);
            };
        });
    }

    public static void UseApiRateLimits(this WebApplication app, ReferenceState state, ApiRateLimits limits)
    {
        if (state.Faults.Has(Fault.NoRateLimit))
        {
            var limit = state.Options.RateLimitPerUser.ToString(CultureInfo.InvariantCulture);
            var reset = (state.StartedAt + state.Options.RateLimitWindow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            app.Use((context, next) =>
            {
                if (ApiRateLimits.Applies(context))
                {
                    context.Response.Headers["X-RateLimit-Limit"] = limit;
                    context.Response.Headers["X-RateLimit-Remaining"] = limit;
                    context.Response.Headers["X-RateLimit-Reset"] = reset;
                }

                return next(context);
            });
            return;
        }

        app.UseRateLimiter();
        app.Use((context, next) =>
        {
            if (ApiRateLimits.Applies(context))
            {
                limits.WriteHeaders(context);
            }

            return next(context);
        });
    }
}
