using System.Buffers;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>
/// X-Request-ID: echo a well-formed one (at most 128 of [A-Za-z0-9_-]), otherwise generate one; <c>echoAny</c> (fault
/// <c>request-id-echoes-invalid</c>) echoes whatever was sent.
/// </summary>
internal static class RequestIds
{
    public const string Header = "X-Request-ID";
    private const string ItemKey = "netra.request_id";
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public static string Assign(HttpContext context, VariantStyle style, bool echoAny = false)
    {
        var sent = context.Request.Headers[Header].ToString();
        var id = IsWellFormed(sent) || (echoAny && sent.Length > 0) ? sent : style.NewId("req");
        context.Items[ItemKey] = id;
        return id;
    }

    public static string Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var id) && id is string text ? text : Assign(context,
            context.RequestServices.GetRequiredService<VariantStyle>());

    public static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= 128 && !value.AsSpan().ContainsAnyExcept(Allowed);
}
