using System.Globalization;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>
/// <c>limit</c> (1..100, default 20) and <c>offset</c> (0..) query parameters; anything else is a 422. Home of
/// <c>paging-limit-clamped</c>: a limit out of range is clamped instead of refused.
/// </summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    public static Paging From(HttpRequest request)
    {
        var limit = Parse(request, "limit", 20);
        var offset = Parse(request, "offset", 0);
        if (limit is < 1 or > 100 && request.HttpContext.RequestServices.GetRequiredService<FaultSet>().Has(Fault.PagingLimitClamped))
        {
            limit = Math.Clamp(limit, 1, 100);
        }

        if (limit is < 1 or > 100)
        {
            throw JsonBody.Invalid("Query parameter 'limit' must be between 1 and 100.");
        }

        return offset < 0 ? throw JsonBody.Invalid("Query parameter 'offset' must not be negative.") : new Paging(limit, offset);
    }

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => items.Skip(Offset).Take(Limit);

    private static int Parse(HttpRequest request, string name, int fallback)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw JsonBody.Invalid($"Query parameter '{name}' must be an integer.");
    }
}
