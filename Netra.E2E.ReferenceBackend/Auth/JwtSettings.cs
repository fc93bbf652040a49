using System.Text;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>The fixed token parameters of contract 3.2 and the HS256 key derived from the configured secret.</summary>
internal sealed class JwtSettings(ReferenceServerOptions options)
{
    public const string Issuer = "netra-auth-service";
    public const string Audience = "netra-platform";

    /// <summary>The HS256 key: UTF-8 bytes of the trimmed secret (the same value contract 1.1 resolves).</summary>
    public SymmetricSecurityKey Key { get; } = new(Encoding.UTF8.GetBytes(options.JwtSecret.Trim()));

    public string Environment { get; } = options.Environment;

    public TimeSpan AccessLifetime { get; } = options.AccessTokenLifetime;

    public TimeSpan RefreshLifetime { get; } = options.RefreshTokenLifetime;
}
