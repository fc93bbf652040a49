namespace Netra.E2E.Load.Thresholds;

/// <summary>A threshold checked against a result.</summary>
/// <param name="Name">The threshold's name.</param>
/// <param name="Limit">Its limit.</param>
/// <param name="Actual">The measured value, or null when the run has no sample of that metric (not applicable).</param>
/// <param name="Passed">True when within the limit or not applicable.</param>
internal sealed record ThresholdOutcome(string Name, double Limit, double? Actual, bool Passed);
