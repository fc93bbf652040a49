using System.Text.Json;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>The one JSON configuration of both services: snake_case property names, UTC ISO-8601 times.</summary>
internal static class NetraJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        return options;
    }

    /// <summary>Now, as a UTC <see cref="DateTime"/> (serialized with a trailing Z).</summary>
    public static DateTime UtcNow() => DateTime.UtcNow;

    /// <summary>ISO-8601 UTC text of a time, for hand-built JSON objects.</summary>
    public static string Iso(DateTime utc) => utc.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
