using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.E2E.Report;

/// <summary>One measured latency a test printed with its SLO, e.g. <c>GET /health p50 12 ms over 10 calls (SLO 1000 ms)</c>.</summary>
/// <param name="Test">The short name of the test that printed it.</param>
/// <param name="Name">What was measured (the text before the value).</param>
/// <param name="Measured">The measured value in ms.</param>
/// <param name="Threshold">The SLO in ms.</param>
internal sealed partial record SloMeasurement(string Test, string Name, double Measured, double Threshold)
{
    /// <summary>True when the measured value is within the SLO.</summary>
    public bool Met => Measured <= Threshold;

    /// <summary>Every line of <paramref name="output"/> shaped <c>&lt;name&gt; &lt;value&gt; ms ... (SLO &lt;threshold&gt; ms)</c>;
    /// names are redacted.</summary>
    public static IEnumerable<SloMeasurement> Parse(string? output, string test, ReportRedactor redactor) =>
        SloLine().Matches(output ?? string.Empty).Select(m => new SloMeasurement(
            test, redactor.Redact(m.Groups["name"].Value.Trim()), Number(m.Groups["value"].Value), Number(m.Groups["slo"].Value)));

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[ \t]*(?<name>\S[^\r\n]*?) (?<value>\d+(?:\.\d+)?) ms\b[^\r\n]*?\(SLO (?<slo>\d+(?:\.\d+)?) ms\)",
        RegexOptions.Multiline)]
    private static partial Regex SloLine();
}
