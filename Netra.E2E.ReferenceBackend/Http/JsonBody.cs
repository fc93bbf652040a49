using System.Text.Json;
using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>Reads request bodies as JSON objects and their fields; anything malformed is a 422.</summary>
internal static class JsonBody
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await ReadAsync(request, emptyIsObject: false, cancellationToken);

    /// <summary>As <see cref="ReadObjectAsync"/>, but an empty body counts as <c>{}</c>.</summary>
    public static async Task<JsonObject> ReadOptionalObjectAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await ReadAsync(request, emptyIsObject: true, cancellationToken);

    public static string RequiredString(JsonObject body, string field)
    {
        var value = OptionalString(body, field);
        return string.IsNullOrWhiteSpace(value) ? throw Invalid($"Field '{field}' is required.") : value;
    }

    public static string? OptionalString(JsonObject body, string field) => body[field] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw Invalid($"Field '{field}' must be a string."),
    };

    public static JsonObject? OptionalObject(JsonObject? body, string field) => body?[field] switch
    {
        null => null,
        JsonObject value => value,
        _ => throw Invalid($"Field '{field}' must be an object."),
    };

    public static long? OptionalInteger(JsonObject? body, string field) => body?[field] switch
    {
        null => null,
        var node => Agents.Tools.JsonNumbers.Integer(node) ?? throw Invalid($"Field '{field}' must be an integer."),
    };

    public static ApiException Invalid(string detail) => new(ApiError.Validation(detail));

    private static async Task<JsonObject> ReadAsync(HttpRequest request, bool emptyIsObject, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return emptyIsObject ? [] : throw Invalid("A JSON object body is required.");
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray()) as JsonObject ?? throw Invalid("The body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw Invalid("The body is not valid JSON.");
        }
    }
}
