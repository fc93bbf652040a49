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
                var inner = value.TryGetProperty(field.Name, out var found) ? found : (JsonElement?)null;
                foreach (var difference in Differences(field.Value, inner, Join(path, field.Name), origin))
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
    /// difference to name (an equal value, the common case, builds no message text).</summary>
    public static IEnumerable<string> Differences(JsonElement expected, JsonElement? actual, Func<string> path, string origin) =>
        actual is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value && JsonElement.DeepEquals(expected, value)
            ? []
            : Differences(expected, actual, path(), origin);

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
            return !Differences(expected, actual, "", "").Any();
        }

        return expected.ValueKind == actual.ValueKind
            && (expected.ValueKind != JsonValueKind.String || expected.GetString() == actual.GetString());
    }
}
