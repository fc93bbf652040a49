using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Netra.E2E.Shared.Json;

/// <summary>Never-throwing reads of JSON values, for frames whose shape is not trusted.</summary>
internal static class JsonLookup
{
    // Display only: keeps non-ASCII text and quotes readable in failure messages.
    private static readonly JsonSerializerOptions Display = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A string as is, a number as its JSON text (ids sometimes arrive as numbers), anything else null.</summary>
    public static string? AsText(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    public static double? AsNumber(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetDouble(out var d) => d,
        { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture,
            out var d) => d,
        _ => null,
    };

    public static int? AsInt(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), NumberStyles.None, CultureInfo.InvariantCulture,
            out var i) => i,
        _ => null,
    };

    /// <summary>A contract timestamp (ISO-8601 with offset, or epoch seconds), else null: see <see cref="NetraTime"/>.</summary>
    public static DateTimeOffset? AsTimestamp(JsonElement? value) => NetraTime.Parse(value);

    /// <summary>Compact JSON text of <paramref name="value"/>, cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Excerpt(JsonElement? value, int max)
    {
        if (value is not { } element)
        {
            return "-";
        }

        var text = JsonSerializer.Serialize(element, Display);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }
}
