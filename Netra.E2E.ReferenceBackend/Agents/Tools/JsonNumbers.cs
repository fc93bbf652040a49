using System.Text.Json;
using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary>Reads an integral JSON number whether the node was parsed from text or built from a CLR value.</summary>
internal static class JsonNumbers
{
    public static long? Integer(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var whole))
        {
            return whole;
        }

        if (value.TryGetValue<int>(out var small))
        {
            return small;
        }

        var real = value.TryGetValue<double>(out var d) ? d : value.TryGetValue<decimal>(out var m) ? (double)m : double.NaN;
        return real == Math.Floor(real) && Math.Abs(real) < 1e15 ? (long)real : null;
    }
}
