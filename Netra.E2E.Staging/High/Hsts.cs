using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.E2E.Staging.High;

/// <summary>Reads the <c>max-age</c> of a Strict-Transport-Security header.</summary>
internal static partial class Hsts
{
    /// <summary>At least a day (contract 2).</summary>
    public const long MinimumMaxAge = 86400;

    /// <summary>The header's max-age in seconds, or -1 when the header is absent or has none.</summary>
    public static long MaxAge(string? header) =>
        header is not null && MaxAgeDirective().Match(header) is { Success: true } match
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : -1;

    [GeneratedRegex(@"(?:^|;)\s*max-age\s*=\s*""?(\d{1,12})""?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaxAgeDirective();
}
