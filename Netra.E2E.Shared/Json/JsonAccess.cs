using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Netra.E2E.Shared.Json;

/// <summary>
/// Tolerant JSON accessors for tests: a dotted path with optional indexes (<c>user.id</c>, <c>data[0].name</c>,
/// <c>data.0.name</c>) yields the value or null — never an exception — so a test can state what it expected.
/// </summary>
public static class JsonAccess
{
    /// <summary>The value at <paramref name="path"/> (empty path: the element itself), or null when any step is missing.</summary>
    public static JsonElement? Get(this JsonElement element, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (element.ValueKind == JsonValueKind.Object && path.Length > 0 && path.AsSpan().IndexOfAny('.', '[') < 0)
        {
            // A single name (access_token, status ...), the common path: looked up without splitting it into steps.
            return element.TryGetProperty(path, out var property) ? property : null;
        }

        var current = element;
        foreach (var step in Steps(path))
        {
            if (current.ValueKind == JsonValueKind.Array && step.Index is { } index && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || step.Name is null || !current.TryGetProperty(step.Name, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The value at <paramref name="path"/>, or null when the element is null or the path is missing.</summary>
    public static JsonElement? Get(this JsonElement? element, string path) => element?.Get(path);

    /// <summary>The string at <paramref name="path"/>, or null when missing or not a string.</summary>
    public static string? Str(this JsonElement? element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The integer at <paramref name="path"/>, or null when missing or not an integer.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name",
        Justification = "Int reads best in tests: frame.Json.Int(\"sequence\").")]
    public static long? Int(this JsonElement? element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    /// <summary>The number at <paramref name="path"/>, or null when missing or not a number.</summary>
    public static double? Number(this JsonElement? element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    /// <summary>
    /// The instant at <paramref name="path"/>, or null when missing or not a contract timestamp (ISO-8601 with an offset,
    /// or epoch seconds as a number; see <see cref="Json.NetraTime"/>).
    /// </summary>
    public static DateTimeOffset? Time(this JsonElement? element, string path) => Json.NetraTime.Parse(element.Get(path));

    /// <summary>The boolean at <paramref name="path"/>, or null when missing or not a boolean.</summary>
    public static bool? Bool(this JsonElement? element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    /// <summary>The items of the array at <paramref name="path"/>; empty when missing or not an array.</summary>
    public static IReadOnlyList<JsonElement> Items(this JsonElement? element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.Array } value ? [.. value.EnumerateArray()] : [];

    /// <summary>The string at <paramref name="path"/> of an element (no cast needed), or null when missing or not a string.</summary>
    public static string? Str(this JsonElement element, string path) => ((JsonElement?)element).Str(path);

    /// <summary>The integer at <paramref name="path"/> of an element, or null when missing or not an integer.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Int reads best in tests.")]
    public static long? Int(this JsonElement element, string path) => ((JsonElement?)element).Int(path);

    /// <summary>The number at <paramref name="path"/> of an element, or null when missing or not a number.</summary>
    public static double? Number(this JsonElement element, string path) => ((JsonElement?)element).Number(path);

    /// <summary>The boolean at <paramref name="path"/> of an element, or null when missing or not a boolean.</summary>
    public static bool? Bool(this JsonElement element, string path) => ((JsonElement?)element).Bool(path);

    /// <summary>The instant at <paramref name="path"/> of an element (see <see cref="NetraTime"/>), or null.</summary>
    public static DateTimeOffset? Time(this JsonElement element, string path) => ((JsonElement?)element).Time(path);

    /// <summary>The items of the array at <paramref name="path"/> of an element; empty when missing or not an array.</summary>
    public static IReadOnlyList<JsonElement> Items(this JsonElement element, string path) => ((JsonElement?)element).Items(path);

    /// <summary>Parses <paramref name="text"/> into a detached element, or null when it is not JSON.</summary>
    public static JsonElement? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            // One pass into a document of the element's own (detached: nothing to dispose), not a parse and then a clone of it.
            return JsonElement.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<(string? Name, int? Index)> Steps(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                yield return (name, int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null);
            }

            for (var rest = bracket < 0 ? string.Empty : part[bracket..]; rest.StartsWith('['); rest = rest[(rest.IndexOf(']',
                StringComparison.Ordinal) + 1)..])
            {
                yield return (null, int.Parse(rest[1..rest.IndexOf(']', StringComparison.Ordinal)], NumberStyles.None,
                    CultureInfo.InvariantCulture));
            }
        }
    }
}
