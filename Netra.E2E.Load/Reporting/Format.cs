using System.Globalization;

namespace Netra.E2E.Load.Reporting;

/// <summary>Invariant number formats of the reports.</summary>
internal static class Format
{
    /// <summary>Milliseconds with a precision that suits the size.</summary>
    public static string Ms(double ms) => ms switch
    {
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.00}s"),
        >= 100 => string.Create(CultureInfo.InvariantCulture, $"{ms:0}ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ms:0.00}ms"),
    };

    /// <summary>A plain number.</summary>
    public static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage.</summary>
    public static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0.00}%");

    /// <summary>Bytes as MiB.</summary>
    public static string MiB(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB");

    /// <summary>A threshold's measured value in its unit.</summary>
    public static string Actual(string threshold, double? actual) =>
        actual is not { } value ? "n/a (no samples)"
        : threshold.EndsWith("_ms", StringComparison.Ordinal) ? Ms(value)
        : threshold == "error_rate" ? Percent(value)
        : Num(value);
}
