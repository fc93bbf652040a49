using System.Globalization;

namespace Netra.E2E.Shared.Configuration;

/// <summary>Builds <see cref="E2ESettings"/> from its layers and validates every value once.</summary>
public static class E2ESettingsLoader
{
    /// <summary>Loads and validates; an invalid value throws a <see cref="ConfigurationException"/> naming its variable.</summary>
    public static E2ESettings Load(SettingsLayers layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Read(string name)
        {
            var found = layers.Get(name);
            if (found is null)
            {
                return null;
            }

            sources[name] = found.Value.Layer;
            return found.Value.Value.Trim();
        }

        var target = ParseEnum(Read("NETRA_E2E_TARGET"), "NETRA_E2E_TARGET", TargetKind.Local);
        var defaultMode = target == TargetKind.Staging ? AuthMode.Bypass : AuthMode.Register;
        var bypassRaw = Read("E2E_BYPASS_KEY");
        var bypassSource = "E2E_BYPASS_KEY";
        if (bypassRaw is null)
        {
            bypassRaw = Read("E2E_OAUTH_SIMULATION_KEY");
            bypassSource = "E2E_OAUTH_SIMULATION_KEY";
        }

        var settings = new E2ESettings
        {
            Target = target,
            BackendUrl = ParseUrl(Read("NETRA_BACKEND_URL"), "NETRA_BACKEND_URL", "http", "https"),
            AuthUrl = ParseUrl(Read("NETRA_AUTH_URL"), "NETRA_AUTH_URL", "http", "https"),
            WebSocketUrl = ParseUrl(Read("NETRA_WS_URL"), "NETRA_WS_URL", "ws", "wss"),
            FrontendOrigin = ParseOrigin(Read("NETRA_FRONTEND_ORIGIN")),
            AuthMode = ParseEnum(Read("NETRA_AUTH_MODE"), "NETRA_AUTH_MODE", defaultMode),
            BypassKey = bypassRaw is null ? null : new Secret(bypassRaw, bypassSource),
            AllowProduction = ParseBool(Read("NETRA_E2E_ALLOW_PRODUCTION"), "NETRA_E2E_ALLOW_PRODUCTION"),
            FailOnFlaky = ParseBool(Read("NETRA_E2E_FAIL_ON_FLAKY"), "NETRA_E2E_FAIL_ON_FLAKY"),
            TestTimeout = ParseDuration(Read("NETRA_E2E_TEST_TIMEOUT_SECONDS"), "NETRA_E2E_TEST_TIMEOUT_SECONDS", TimeSpan.FromSeconds, 30),
            RequestTimeout = ParseDuration(Read("NETRA_E2E_REQUEST_TIMEOUT_SECONDS"), "NETRA_E2E_REQUEST_TIMEOUT_SECONDS",
                TimeSpan.FromSeconds, 10),
            ConnectTimeout = ParseDuration(Read("NETRA_E2E_CONNECT_TIMEOUT_SECONDS"), "NETRA_E2E_CONNECT_TIMEOUT_SECONDS",
                TimeSpan.FromSeconds, 10),
            PreflightTimeout = ParseDuration(Read("NETRA_E2E_PREFLIGHT_TIMEOUT_SECONDS"), "NETRA_E2E_PREFLIGHT_TIMEOUT_SECONDS",
                TimeSpan.FromSeconds, 10),
            RunTimeout = ParseDuration(Read("NETRA_E2E_RUN_TIMEOUT_SECONDS"), "NETRA_E2E_RUN_TIMEOUT_SECONDS", TimeSpan.FromSeconds, 10),
            ExpectedEnvironment = ParseName(Read("NETRA_EXPECTED_ENVIRONMENT"), "NETRA_EXPECTED_ENVIRONMENT"),
            CaCertificateFile = ParseFile(Read("NETRA_E2E_CA_CERT"), "NETRA_E2E_CA_CERT"),
            SloHealthP50 = ParseDuration(Read("NETRA_E2E_SLO_HEALTH_P50_MS"), "NETRA_E2E_SLO_HEALTH_P50_MS", TimeSpan.FromMilliseconds,
                1000),
            SloFirstEvent = ParseDuration(Read("NETRA_E2E_SLO_FIRST_EVENT_MS"), "NETRA_E2E_SLO_FIRST_EVENT_MS", TimeSpan.FromMilliseconds,
                5000),
            ReferenceFaults = Read("NETRA_REFERENCE_FAULTS") ?? string.Empty,
            ReferenceVariant = ParseChoice(Read("NETRA_REFERENCE_VARIANT"), "NETRA_REFERENCE_VARIANT", "standard", "alternate"),
            ReferenceWsAuthFailure = ParseChoice(Read("NETRA_REFERENCE_WS_AUTH_FAILURE"), "NETRA_REFERENCE_WS_AUTH_FAILURE", "handshake",
                "close"),
            Layers = layers,
            Sources = sources,
        };

        if (target == TargetKind.Custom && (settings.BackendUrl is null || settings.AuthUrl is null))
        {
            throw new ConfigurationException(
                settings.BackendUrl is null ? "NETRA_BACKEND_URL" : "NETRA_AUTH_URL",
                "the custom target needs NETRA_BACKEND_URL and NETRA_AUTH_URL (NETRA_WS_URL and NETRA_FRONTEND_ORIGIN are optional).");
        }

        return settings;
    }

    /// <summary>
    /// Checks what the chosen auth mode needs (bypass: a key; mint: a secret). Called after the preflight, so an
    /// unreachable target is reported as such before a missing credential.
    /// </summary>
    public static void RequireAuthPrerequisites(NetraTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        switch (target.Settings.AuthMode)
        {
            case AuthMode.Bypass when target.Settings.BypassKey is null:
                throw new ConfigurationException(
                    "E2E_BYPASS_KEY", "NETRA_AUTH_MODE is bypass but neither E2E_BYPASS_KEY nor E2E_OAUTH_SIMULATION_KEY is set.");
            case AuthMode.Mint:
                target.JwtSecret.Require();
                break;
        }
    }

    private static T ParseEnum<T>(string? raw, string variable, T fallback)
        where T : struct, Enum
    {
        if (raw is null)
        {
            return fallback;
        }

        var allowed = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        return allowed.Contains(raw.ToLowerInvariant()) && Enum.TryParse<T>(raw, ignoreCase: true, out var value)
            ? value
            : throw new ConfigurationException(variable, $"'{raw}' is not one of {string.Join(", ", allowed)}.");
    }

    private static string ParseChoice(string? raw, string variable, params string[] allowed) =>
        raw is null ? allowed[0]
        : allowed.Contains(raw.ToLowerInvariant()) ? raw.ToLowerInvariant()
        : throw new ConfigurationException(variable, $"'{raw}' is not one of {string.Join(", ", allowed)}.");

    private static string? ParseName(string? raw, string variable) =>
        raw is null ? null
        : raw.Length is > 0 and <= 64 && raw.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? raw
        : throw new ConfigurationException(variable, $"'{raw}' is not an environment name like staging or local.");

    private static string? ParseFile(string? raw, string variable) =>
        raw is null or "" ? null
        : File.Exists(raw) ? Path.GetFullPath(raw)
        : throw new ConfigurationException(variable, $"'{raw}' is not a readable file (a PEM certificate is expected).");

    private static bool ParseBool(string? raw, string variable) => raw?.ToLowerInvariant() switch
    {
        null => false,
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new ConfigurationException(variable, $"'{raw}' is not true or false."),
    };

    private static TimeSpan ParseDuration(string? raw, string variable, Func<double, TimeSpan> unit, double fallback)
    {
        if (raw is null)
        {
            return unit(fallback);
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 86_400_000
            ? unit(value)
            : throw new ConfigurationException(variable, $"'{raw}' is not a positive number.");
    }

    private static Uri? ParseUrl(string? raw, string variable, params string[] schemes)
    {
        if (raw is null)
        {
            return null;
        }

        return Uri.TryCreate(raw, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme)
            ? uri
            : throw new ConfigurationException(variable, $"'{raw}' is not an absolute {string.Join(" or ", schemes)} URL.");
    }

    private static string? ParseOrigin(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        return Uri.TryCreate(raw, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/"
            ? raw.TrimEnd('/')
            : throw new ConfigurationException("NETRA_FRONTEND_ORIGIN", $"'{raw}' is not an origin like https://app.example.com.");
    }
}
