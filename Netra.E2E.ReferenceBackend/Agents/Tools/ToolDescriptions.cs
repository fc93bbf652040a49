using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>What <c>GET /api/tools</c> lists: name, description and a JSON-schema of the parameters.</summary>
internal static class ToolDescriptions
{
    public static JsonArray All => new(
        Describe(TokenCounter.Name, "Counts UTF-16 characters, whitespace-separated words and estimated tokens (ceil(characters / 4)).",
            new JsonObject { ["text"] = Prop("string") }, "text"),
        Describe(KeywordExtractor.Name, "Lower-cased words of 3+ letters by frequency, then alphabetically.",
            new JsonObject { ["text"] = Prop("string"), ["top"] = Prop("integer", 5) }, "text"),
        Describe(CostEstimator.Name, "cost_usd = estimated_tokens / 1000 x rate (netra-small 0.0005, netra-large 0.0100).",
            new JsonObject { ["estimated_tokens"] = Prop("integer"), ["model"] = new JsonObject { ["type"] = "string",
                ["enum"] = new JsonArray("netra-small", "netra-large") } },
            "estimated_tokens", "model"));

    private static JsonObject Describe(string name, string description, JsonObject properties, params string[] required) => new()
    {
        ["name"] = name,
        ["description"] = description,
        ["parameters"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. required.Select(r => JsonValue.Create(r))]),
        },
    };

    private static JsonObject Prop(string type, int? defaultValue = null)
    {
        var prop = new JsonObject { ["type"] = type };
        if (defaultValue is { } value)
        {
            prop["default"] = value;
        }

        return prop;
    }
}
