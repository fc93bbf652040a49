namespace Netra.E2E.Shared.Configuration;

/// <summary>
/// Refuses a production target before any test runs (contract 1) unless <c>NETRA_E2E_ALLOW_PRODUCTION=true</c>;
/// when allowed, tests that write data are skipped with that reason.
/// </summary>
public static class ProductionGuard
{
    /// <summary>True for a host under netrasystems.ai whose name does not contain "staging".</summary>
    public static bool IsProductionHost(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Host.ToLowerInvariant();
        var netra = host == "netrasystems.ai" || host.EndsWith(".netrasystems.ai", StringComparison.Ordinal);
        return netra && !host.Contains("staging", StringComparison.Ordinal);
    }

    /// <summary>
    /// Decides whether the run may proceed: throws naming <c>NETRA_E2E_ALLOW_PRODUCTION</c> when the target is production
    /// and that is not allowed. <paramref name="reportedEnvironment"/> is <c>environment</c> from <c>/api/config/public</c>, if read.
    /// Returns true when the target is production (so data-writing tests must be skipped).
    /// </summary>
    public static bool Check(NetraTarget target, string? reportedEnvironment)
    {
        ArgumentNullException.ThrowIfNull(target);
        var hosts = new[] { target.BackendUrl, target.AuthUrl, target.WebSocketUrl }.Where(IsProductionHost).Select(u => u.Host).ToList();
        var reportsProduction = string.Equals(reportedEnvironment, "production", StringComparison.OrdinalIgnoreCase);
        if (hosts.Count == 0 && !reportsProduction)
        {
            return false;
        }

        if (!target.Settings.AllowProduction)
        {
            var why = hosts.Count > 0
                ? $"{string.Join(", ", hosts.Distinct())} is a production host"
                : $"{target.BackendUrl} reports environment 'production' in /api/config/public";
            throw new ConfigurationException(
                "NETRA_E2E_ALLOW_PRODUCTION",
                $"refusing to run: {why}. Set NETRA_E2E_ALLOW_PRODUCTION=true to run the read-only tests against production.");
        }

        return true;
    }
}
