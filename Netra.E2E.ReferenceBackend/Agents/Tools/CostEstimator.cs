namespace Netra.E2E.ReferenceBackend.Agents.Tools;

/// <summary><c>cost_estimator</c>: cost_usd = estimated_tokens / 1000 × rate (netra-small 0.0005, netra-large 0.0100), in
/// decimal.</summary>
internal static class CostEstimator
{
    public const string Name = "cost_estimator";
    public const string DefaultModel = "netra-small";

    public static readonly IReadOnlyDictionary<string, decimal> Rates = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["netra-small"] = 0.0005m,
        ["netra-large"] = 0.0100m,
    };

    /// <summary>The cost, or null for an unknown model.</summary>
    public static decimal? Estimate(long estimatedTokens, string model) =>
        Rates.TryGetValue(model, out var rate) ? Normalize(estimatedTokens / 1000m * rate) : null;

    /// <summary>Drops trailing zeros of the decimal scale (0.0000060 becomes 0.000006), the value is unchanged.</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
