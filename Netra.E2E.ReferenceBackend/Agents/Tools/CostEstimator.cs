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

    /// <summary>
    /// The cost, or null for an unknown model; <paramref name="largeRateSlip"/> (fault <c>cost-rate-wrong</c>) prices netra-large
    /// at 0.0010, a decimal slip.
    /// </summary>
    public static decimal? Estimate(long estimatedTokens, string model, bool largeRateSlip = false)
    {
        if (!Rates.TryGetValue(model, out var rate))
        {
            return null;
        }

        return Normalize(estimatedTokens / 1000m * (largeRateSlip && model == "netra-large" ? 0.0010m : rate));
    }

    /// <summary>Drops trailing zeros of the decimal scale (0.0000060 becomes 0.000006), the value is unchanged.</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
