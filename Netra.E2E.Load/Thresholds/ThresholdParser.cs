using System.Globalization;
using System.Text.RegularExpressions;
using Netra.E2E.Load.Metrics;

namespace Netra.E2E.Load.Thresholds;

/// <summary>Reads <c>--threshold name=value</c> options and applies them over the defaults.</summary>
internal static partial class ThresholdParser
{
    /// <summary>The metrics a percentile threshold may name.</summary>
    public static IReadOnlyList<string> PercentileMetrics { get; } =
        [LoadHistograms.Token, LoadHistograms.Welcome, LoadHistograms.FirstEvent, LoadHistograms.Completion, LoadHistograms.Http];

    /// <summary>Parses one <c>name=value</c> (also <c>name&lt;=value</c>).</summary>
    /// <exception cref="FormatException">Unknown name, or a value that is not a non-negative number (error_rate ≤ 1).</exception>
    public static Threshold Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Form().Match(text.Trim());
        if (!match.Success)
        {
            throw new FormatException($"--threshold '{text}' is not name=value (e.g. first_event_p95_ms=250).");
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (!IsKnown(name))
        {
            throw new FormatException(
                $"--threshold '{text}': unknown name '{name}'; use <metric>_p<percentile>_ms with metric one of " +
                $"{string.Join(", ", PercentileMetrics)}, or error_rate, or violations.");
        }

        if (!double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var limit)
            || limit < 0 || double.IsNaN(limit) || double.IsInfinity(limit) || (name == ThresholdNames.ErrorRate && limit > 1))
        {
            throw new FormatException(
                $"--threshold '{text}': '{match.Groups["value"].Value}' is not a non-negative number" +
                (name == ThresholdNames.ErrorRate ? " between 0 and 1." : "."));
        }

        return new Threshold(name, limit);
    }

    /// <summary>The defaults with every override applied (an override replaces the default of the same name, or adds one).</summary>
    public static IReadOnlyList<Threshold> Apply(IEnumerable<Threshold> defaults, IEnumerable<string> overrides)
    {
        var result = defaults.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var text in overrides)
        {
            var parsed = Parse(text);
            result[parsed.Name] = parsed;
        }

        return [.. result.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>Splits a percentile threshold's name into metric and percentile, or null for the others.</summary>
    public static (string Metric, double Percentile)? Percentile(string name)
    {
        var match = PercentileName().Match(name);
        return match.Success
            ? (match.Groups["metric"].Value, double.Parse(match.Groups["p"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private static bool IsKnown(string name) =>
        name is ThresholdNames.ErrorRate or ThresholdNames.Violations
        || (Percentile(name) is { } p && PercentileMetrics.Contains(p.Metric) && p.Percentile is > 0 and <= 100);

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_.]+)\s*(<=|=)\s*(?<value>\S+)$")]
    private static partial Regex Form();

    [GeneratedRegex(@"^(?<metric>[a-z_]+?)_p(?<p>\d{1,2}(\.\d+)?|100)_ms$")]
    private static partial Regex PercentileName();
}
