namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Validates <see cref="ReferenceServerOptions"/> once, before anything binds, naming the offending option.</summary>
internal static class OptionsCheck
{
    public static void ThrowIfInvalid(ReferenceServerOptions options)
    {
        if (FirstProblem(options) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
    }

    private static string? FirstProblem(ReferenceServerOptions options) =>
        string.IsNullOrWhiteSpace(options.JwtSecret) || options.JwtSecret.Trim()
            .Length < 32 ? "The JWT secret must be at least 32 characters after trimming."
        : options.HeartbeatInterval <= TimeSpan.Zero ? "HeartbeatInterval must be positive."
        : options.AccessTokenLifetime <= TimeSpan.Zero
            || options.RefreshTokenLifetime <= TimeSpan.Zero ? "Token lifetimes must be positive."
        : options.RateLimitPerUser <= 0 || options.RateLimitPerAddress <= 0 ? "RateLimitPerUser and RateLimitPerAddress must be positive."
        : options.RateLimitWindow < TimeSpan.FromMilliseconds(100) ? "RateLimitWindow must be at least 100 ms."
        : options.LoginFailuresPerMinute <= 0 ? "LoginFailuresPerMinute must be positive."
        : options.MaxConnectionsPerUser <= 0 ? "MaxConnectionsPerUser must be positive."
        : options.FinishedRunRetention < TimeSpan.Zero || options.MaxFinishedRuns < 0 ? "Finished-run retention must not be negative."
        : options.MaxUsers <= 0 ? "MaxUsers must be positive."
        : !Uri.TryCreate(options.FrontendOrigin, UriKind.Absolute, out _) ? "FrontendOrigin must be an absolute origin."
        : null;
}
