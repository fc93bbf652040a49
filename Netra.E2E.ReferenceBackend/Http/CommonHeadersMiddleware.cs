using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>
/// Contract 2 headers on every response: X-Request-ID, nosniff, frame DENY, referrer policy, no-store on
/// /api and /auth, HSTS over HTTPS, Vary: Origin. Home of the <c>no-security-headers</c> and <c>request-id-echoes-invalid</c>
/// faults.
/// </summary>
internal sealed class CommonHeadersMiddleware(RequestDelegate next, FaultSet faults, VariantStyle style)
{
    private readonly bool _secure = !faults.Has(Fault.NoSecurityHeaders);

    public Task InvokeAsync(HttpContext context)
    {
        var requestId = RequestIds.Assign(context, style, faults.Has(Fault.RequestIdEchoesInvalid));
        context.Response.OnStarting(() =>
        {
            Apply(context, requestId);
            style.SpellHeaderNames(context.Response.Headers);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context, string requestId)
    {
        var headers = context.Response.Headers;
        headers[RequestIds.Header] = requestId;
        if (context.Request.Headers.Origin.Count > 0 && !headers.Vary.ToString().Contains("Origin", StringComparison.OrdinalIgnoreCase))
        {
            headers.Append("Vary", "Origin");
        }

        if (!_secure)
        {
            return;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/auth"))
        {
            headers.CacheControl = "no-store";
        }

        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }
    }
}
