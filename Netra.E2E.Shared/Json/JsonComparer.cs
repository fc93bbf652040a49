using System.Runtime.InteropServices;
using System.Text.Json;

namespace Netra.E2E.Shared.Json;

/// <summary>
/// Compares an actual JSON value with an expected one: every expected object field must match (fields the expectation
/// does not name are ignored), arrays match whole and in order, numbers within a relative 1e-9 (for <c>cost_usd</c>).
/// </summary>
internal static class JsonComparer
{
    private const int ShownChars = 160;

    public static IEnumerable<string> Differences(JsonElement expected, JsonElement? actual, string path, string origin)
    {
        if (actual is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value)
        {
            yield return $"{path}: expected {Show(expected)} ({origin}), target sent nothing";
            yield break;
        }

        // Equal throughout is no difference by any rule below (they only forgive more: fields the expectation does not
        // name, tiny number differences), so an equal value, the common case, is not walked field by field.
        if (JsonElement.DeepEquals(expected, value))
        {
            yield break;
        }

        if (expected.ValueKind == JsonValueKind.Object && value.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in expected.EnumerateObject())
            {
                foreach (var difference in Differences(field.Value, FieldOf(value, field), Join(path, field.Name), origin))
                {
                    yield return difference;
                }
            }
        }
        else if (!Same(expected, value))
        {
            yield return $"{path}: expected {Show(expected)} ({origin}), target sent {Show(value)}";
        }
    }

    /// <summary>As <see cref="Differences(JsonElement, JsonElement?, string, string)"/>, naming the path only when there is a
    /// difference to name (a matching value, the common case, builds no message text).</summary>
    public static IEnumerable<string> Differences(JsonElement expected, JsonElement? actual, Func<string> path, string origin) =>
        Matches(expected, actual) ? [] : Differences(expected, actual, path(), origin);

    /// <summary>
    /// Whether <see cref="Differences(JsonElement, JsonElement?, string, string)"/> finds none, answered without building a
    /// message, a path or an iterator: a target that computes right, the common case, costs no text.
    /// </summary>
    public static bool Matches(JsonElement expected, JsonElement? actual)
    {
        if (actual is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value)
        {
            return false;
        }

        if (JsonElement.DeepEquals(expected, value))
        {
            return true;
        }

        if (expected.ValueKind != JsonValueKind.Object || value.ValueKind != JsonValueKind.Object)
        {
            return Same(expected, value);
        }

        foreach (var field in expected.EnumerateObject())
        {
            if (!Matches(field.Value, FieldOf(value, field)))
            {
                return false;
            }
        }

        return true;
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Show(JsonElement? value) => JsonLookup.Excerpt(value, ShownChars);

    private static bool Same(JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
        {
            return expected.TryGetDouble(out var e) && actual.TryGetDouble(out var a)
                ? Math.Abs(a - e) <= 1e-12 + (1e-9 * Math.Abs(e))
                : expected.GetRawText() == actual.GetRawText();
        }

        if (expected.ValueKind == JsonValueKind.Array && actual.ValueKind == JsonValueKind.Array)
        {
            return expected.GetArrayLength() == actual.GetArrayLength()
                && expected.EnumerateArray().Zip(actual.EnumerateArray()).All(p => Same(p.First, p.Second));
        }

        if (expected.ValueKind == JsonValueKind.Object && actual.ValueKind == JsonValueKind.Object)
        {
            return Matches(expected, actual);
        }

        return expected.ValueKind == actual.ValueKind
            && (expected.ValueKind != JsonValueKind.String || expected.GetString() == actual.GetString());
    }

    // The actual object's field of the expected field's name, looked up by the name's bytes (no string per field) unless the
    // expectation spelled it with escapes.
    private static JsonElement? FieldOf(JsonElement actual, JsonProperty expectedField)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(expectedField);
        JsonElement found;
        var present = raw.Contains((byte)'\\')
            ? actual.TryGetProperty(expectedField.Name, out found)
            : actual.TryGetProperty(raw, out found);
        return present ? found : null;
    }
}
