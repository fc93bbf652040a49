using System.Globalization;

namespace Netra.E2E.Load.Thresholds;

/// <summary>
/// One limit the run must stay within: <c>&lt;metric&gt;_p&lt;NN&gt;_ms</c> (a latency percentile), <c>error_rate</c>
/// (failed iterations / iterations, 0..1) or <c>violations</c> (count of contract violations). The run fails when the
/// measured value is above <see cref="Limit"/>.
/// </summary>
/// <param name="Name">The threshold's name, e.g. <c>first_event_p95_ms</c>.</param>
/// <param name="Limit">The largest acceptable value.</param>
internal sealed record Threshold(string Name, double Limit)
{
    /// <summary>Renders as <c>name=limit</c>, the form the parser reads.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={Limit}");
}
