namespace Netra.E2E.Shared.Configuration;

/// <summary>
/// Resolves the secret for locally minted tokens in the order of contract 1.1: the first value of at least
/// 32 characters after trimming among <see cref="Variables"/>, else the target's default.
/// </summary>
public static class JwtSecretResolver
{
    /// <summary>Minimum length after trimming.</summary>
    public const int MinimumLength = 32;

    /// <summary>The variables consulted, in order.</summary>
    public static readonly IReadOnlyList<string> Variables = ["JWT_SECRET_STAGING", "JWT_SECRET_KEY", "E2E_BYPASS_KEY",
        "STAGING_JWT_SECRET"];

    /// <summary>Resolves the secret; <paramref name="targetDefault"/> is the embedded backend's secret on local, else null.</summary>
    public static JwtSecretResolution Resolve(SettingsLayers layers, Secret? targetDefault)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var skipped = new List<string>();
        foreach (var name in Variables)
        {
            var raw = layers.Get(name)?.Value;
            if (raw is null)
            {
                continue;
            }

            var trimmed = raw.Trim();
            if (trimmed.Length >= MinimumLength)
            {
                return new JwtSecretResolution(new Secret(trimmed, name), skipped);
            }

            skipped.Add($"{name} (set, but {trimmed.Length} characters after trimming; needs {MinimumLength})");
        }

        return new JwtSecretResolution(targetDefault, skipped);
    }
}
