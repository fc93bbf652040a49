using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>The one JSON configuration of both services: snake_case names, times and extra fields as the variant says.</summary>
internal static class NetraJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options, VariantStyle style)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new TimeConverter(style));
        if (style.Alternate)
        {
            options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddExtraField } };
        }

        return options;
    }

    /// <summary>ISO-8601 UTC text of a time, for hand-built JSON objects.</summary>
    public static string Iso(DateTime utc) => utc.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Contract 2 lets bodies carry fields it does not name: the alternate variant adds one to every object.</summary>
    private static void AddExtraField(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Properties.Any(p => p.Name == VariantStyle.ExtraField))
        {
            return;
        }

        var extra = type.CreateJsonPropertyInfo(typeof(string), VariantStyle.ExtraField);
        extra.Get = _ => VariantStyle.ExtraValue;
        type.Properties.Add(extra);
    }

    private sealed class TimeConverter(VariantStyle style) : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            style.RestTime(value).WriteTo(writer, options);
    }
}
