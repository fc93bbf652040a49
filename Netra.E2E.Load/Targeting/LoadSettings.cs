using Netra.E2E.Load.Cli;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Load.Targeting;

/// <summary>
/// The suite's settings for a load run: the environment (the same variables as the tiers), with <c>--target</c> over
/// <c>NETRA_E2E_TARGET</c>. Staging needs <c>--allow-staging</c>: a thousand users on a shared deployment is a decision.
/// </summary>
internal static class LoadSettings
{
    /// <summary>Loads and validates the settings; throws <see cref="ConfigurationException"/> naming what to fix.</summary>
    public static E2ESettings Load(LoadOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var layers = new SettingsLayers(name => name == "NETRA_E2E_TARGET" && options.Target is { } target ? target : environment(name));
        var settings = E2ESettingsLoader.Load(layers);
        var staging = settings.Target == TargetKind.Staging
            || new[] { settings.BackendUrl, settings.AuthUrl, settings.WebSocketUrl }
                .Any(u => u is not null && u.Host.Contains("staging", StringComparison.OrdinalIgnoreCase));
        if (staging && !options.AllowStaging)
        {
            throw new ConfigurationException(
                "--allow-staging", "the target is staging: pass --allow-staging to put this load on the shared staging deployment.");
        }

        // Load wants tokens, not a test of registration: on the embedded backend, where this tool holds the bypass key,
        // the default is the bypass endpoint (as the Python peer does) unless NETRA_AUTH_MODE says otherwise.
        if (settings.Target == TargetKind.Local && !settings.Sources.ContainsKey("NETRA_AUTH_MODE"))
        {
            settings = settings with { AuthMode = AuthMode.Bypass };
        }

        return settings;
    }
}
