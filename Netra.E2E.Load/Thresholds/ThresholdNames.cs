namespace Netra.E2E.Load.Thresholds;

/// <summary>The names of the non-percentile thresholds.</summary>
internal static class ThresholdNames
{
    /// <summary>Failed iterations (errors and violations) / iterations.</summary>
    public const string ErrorRate = "error_rate";

    /// <summary>Number of contract violations seen by any user.</summary>
    public const string Violations = "violations";
}
