using System.Globalization;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>
/// The standalone command line's options for running under load: rate limits, the login-failure limit, the per-user
/// connection limit and the eviction of finished runs and old users' data. Defaults are those of the tier tests.
/// </summary>
internal static class LimitArguments
{
    public const string Usage = """
          --rate-limit-per-user N        /api requests per window per user      (default 120)
          --rate-limit-per-address N     anonymous /api requests per window     (default 2000)
          --rate-limit-window-seconds S  rate-limit window                      (default 10)
          --login-failures-per-minute N  failed logins per email before 429     (default 10)
          --max-connections-per-user N   open WebSockets per user               (default 5, the contract's)
          --finished-run-seconds S       a finished run stays queryable so long (default 600)
          --max-finished-runs N          finished runs kept at most             (default 10000)
          --max-users N                  users whose data (record, threads, messages) is kept; oldest evicted (default 100000)
        """;

    private static readonly string[] Names =
    [
        "--rate-limit-per-user", "--rate-limit-per-address", "--rate-limit-window-seconds", "--login-failures-per-minute",
        "--max-connections-per-user", "--finished-run-seconds", "--max-finished-runs", "--max-users",
    ];

    /// <summary>Whether <paramref name="name"/> is one of these options.</summary>
    public static bool Handles(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The options with every value given (by name) applied; a bad value throws naming its option.</summary>
    public static ReferenceServerOptions Apply(ReferenceServerOptions options, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, value) in values)
        {
            options = name switch
            {
                "--rate-limit-per-user" => options with { RateLimitPerUser = Count(value, name, 1) },
                "--rate-limit-per-address" => options with { RateLimitPerAddress = Count(value, name, 1) },
                "--rate-limit-window-seconds" => options with { RateLimitWindow = Seconds(value, name, 0.1) },
                "--login-failures-per-minute" => options with { LoginFailuresPerMinute = Count(value, name, 1) },
                "--max-connections-per-user" => options with { MaxConnectionsPerUser = Count(value, name, 1) },
                "--finished-run-seconds" => options with { FinishedRunRetention = Seconds(value, name, 0) },
                "--max-finished-runs" => options with { MaxFinishedRuns = Count(value, name, 0) },
                "--max-users" => options with { MaxUsers = Count(value, name, 1) },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    private static int Count(string value, string name, int minimum) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= minimum
            ? n
            : throw new ArgumentException($"{name} must be a whole number of at least {minimum}, not '{value}'.");

    private static TimeSpan Seconds(string value, string name, double minimum) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= minimum && s <= 86_400
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"{name} must be a number of seconds from {minimum} to 86400, not '{value}'.");
}
