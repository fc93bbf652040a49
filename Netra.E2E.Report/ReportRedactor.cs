using System.Text.RegularExpressions;

namespace Netra.E2E.Report;

/// <summary>
/// Defense in depth for everything the report writes: replaces JWT-shaped strings (and anything after <c>Bearer</c>)
/// and the values of the suite's secret variables, when set in this process, before text reaches HTML or Markdown.
/// </summary>
internal sealed partial class ReportRedactor
{
    /// <summary>The variables whose values are secrets (README, configuration).</summary>
    public static readonly IReadOnlyList<string> SecretVariables =
        ["E2E_BYPASS_KEY", "E2E_OAUTH_SIMULATION_KEY", "JWT_SECRET_STAGING", "JWT_SECRET_KEY", "STAGING_JWT_SECRET"];

    private readonly List<string> _secrets;

    /// <summary>Creates a redactor of JWT shapes and of <paramref name="secrets"/> (values shorter than 6 characters are
    /// ignored).</summary>
    public ReportRedactor(IEnumerable<string> secrets) =>
        _secrets = [.. secrets.Where(s => s.Trim().Length >= 6).Select(s => s.Trim()).Distinct().OrderByDescending(s => s.Length)];

    /// <summary>A redactor of JWT shapes and of the secret variables set in this process's environment.</summary>
    public static ReportRedactor FromEnvironment() =>
        new(SecretVariables.Select(Environment.GetEnvironmentVariable).OfType<string>());

    /// <summary>The text with secrets and JWT shapes replaced; null becomes empty.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "<redacted secret>", StringComparison.Ordinal);
        }

        text = Jwt().Replace(text, "<redacted jwt>");
        return Bearer().Replace(text, "${scheme}<redacted>");
    }

    [GeneratedRegex("""eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?""")]
    private static partial Regex Jwt();

    [GeneratedRegex("""(?<scheme>\bBearer\s+)(?!<)[A-Za-z0-9._~+/=-]{8,}""", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();
}
