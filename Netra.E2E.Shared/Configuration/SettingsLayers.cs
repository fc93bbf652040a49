using System.Collections.ObjectModel;

namespace Netra.E2E.Shared.Configuration;

/// <summary>
/// Looks a setting up in its layers: environment variable, then run-settings parameter of the same name,
/// then the caller's default. Blank values count as unset.
/// </summary>
public sealed class SettingsLayers
{
    private readonly Func<string, string?> _environment;
    private readonly IReadOnlyDictionary<string, string> _runSettings;

    /// <summary>Creates the layers from an environment lookup and run-settings parameters.</summary>
    public SettingsLayers(Func<string, string?> environment, IReadOnlyDictionary<string, string>? runSettings = null)
    {
        _environment = environment;
        _runSettings = runSettings ?? ReadOnlyDictionary<string, string>.Empty;
    }

    /// <summary>The process environment over the current NUnit run's <c>TestRunParameters</c>.</summary>
    public static SettingsLayers FromProcess()
    {
        var parameters = NUnit.Framework.TestContext.Parameters;
        var runSettings = parameters.Names.ToDictionary(n => n, n => parameters[n] ?? string.Empty, StringComparer.Ordinal);
        return new SettingsLayers(Environment.GetEnvironmentVariable, runSettings);
    }

    /// <summary>The value and the layer it came from ("environment", "runsettings"), or null when unset.</summary>
    public (string Value, string Layer)? Get(string name)
    {
        var fromEnvironment = _environment(name);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return (fromEnvironment, "environment");
        }

        if (_runSettings.TryGetValue(name, out var fromRunSettings) && !string.IsNullOrWhiteSpace(fromRunSettings))
        {
            return (fromRunSettings, "runsettings");
        }

        return null;
    }
}
