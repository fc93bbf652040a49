namespace Netra.E2E.Shared.Configuration;

/// <summary>The outcome of <see cref="JwtSecretResolver"/>: the winning secret (or none) and the variables skipped.</summary>
public sealed class JwtSecretResolution
{
    internal JwtSecretResolution(Secret? secret, IReadOnlyList<string> skipped)
    {
        Secret = secret;
        Skipped = skipped;
    }

    /// <summary>The secret to sign with, or null when no source had one.</summary>
    public Secret? Secret { get; }

    /// <summary>Variables that were set but too short, with their length.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>The secret, or an error naming every variable that could supply it.</summary>
    public Secret Require()
    {
        if (Secret is not null)
        {
            return Secret;
        }

        var skipped = Skipped.Count == 0 ? string.Empty : $" Skipped: {string.Join("; ", Skipped)}.";
        throw new ConfigurationException(
            string.Join(" or ", JwtSecretResolver.Variables),
            $"no JWT secret of at least {JwtSecretResolver.MinimumLength} characters is configured for minting tokens on this target. " +
            $"Set one of {string.Join(", ", JwtSecretResolver.Variables)} to the backend's secret.{skipped}");
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var winner = Secret is null ? "none" : $"{Secret.Source} (sha256:{Secret.Fingerprint})";
        return Skipped.Count == 0 ? winner : $"{winner}; skipped {string.Join("; ", Skipped)}";
    }
}
