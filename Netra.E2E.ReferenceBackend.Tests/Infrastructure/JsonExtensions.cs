using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>Short accessors for JSON frames in assertions.</summary>
internal static class JsonExtensions
{
    public static string? Type(this JsonNode node) => node.Str("type");

    public static string? Str(this JsonNode node, string property) =>
        node[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static long Long(this JsonNode node, string property) => node[property]!.GetValue<long>();

    public static JsonObject Payload(this JsonNode node) => node["payload"]!.AsObject();
}
