using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Configuration;

/// <summary>Builds <see cref="SettingsLayers"/> from literal dictionaries, so a test never touches the process environment.</summary>
internal static class Layers
{
    public static SettingsLayers Of(IReadOnlyDictionary<string, string>? environment = null, IReadOnlyDictionary<string,
        string>? runSettings = null)
    {
        var env = environment ?? new Dictionary<string, string>();
        return new SettingsLayers(name => env.TryGetValue(name, out var value) ? value : null, runSettings);
    }

    public static E2ESettings Settings(IReadOnlyDictionary<string, string>? environment = null, IReadOnlyDictionary<string,
        string>? runSettings = null) =>
        E2ESettingsLoader.Load(Of(environment, runSettings));
}
