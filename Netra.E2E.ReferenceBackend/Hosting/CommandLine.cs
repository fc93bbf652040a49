using System.Security.Cryptography;
using System.Text;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Parses the standalone command line into <see cref="ReferenceServerOptions"/>.</summary>
internal static class CommandLine
{
    private static readonly string[] SecretVariables = ["JWT_SECRET_STAGING", "JWT_SECRET_KEY", "E2E_BYPASS_KEY", "STAGING_JWT_SECRET"];

    public const string Usage = """
        Netra reference backend (standalone)
          --backend-url URL        backend listener        (default http://127.0.0.1:8000)
          --auth-url URL           auth-service listener   (default http://127.0.0.1:8081)
          --https                  serve both over HTTPS with a certificate generated at start
          --jwt-secret S           token secret (default: JWT_SECRET_STAGING, JWT_SECRET_KEY, E2E_BYPASS_KEY,
                                   STAGING_JWT_SECRET, else random)
          --bypass-key K           key of POST /auth/e2e/test-auth (default: E2E_BYPASS_KEY, else disabled)
          --faults a,b             named faults (also NETRA_REFERENCE_FAULTS)
          --ws-auth-failure S      handshake | close       (default handshake)
          --frontend-origin O      allowed CORS origin     (default http://localhost:3000)
          --variant V              standard | alternate    (default standard; also NETRA_REFERENCE_VARIANT): alternate
                                   flips every choice the contract leaves open (200 on create, 404 for a foreign
                                   thread, epoch times, accept-then-1008, other id shapes, a 5 s heartbeat, ...)
          --heartbeat-seconds N    server ping interval    (default 25; the alternate variant always uses 5)
          --cert-out FILE          with --https: write the generated certificate (PEM) there, for NETRA_E2E_CA_CERT
        """ + "\n" + LimitArguments.Usage;

    public static (ReferenceServerOptions Options, string SecretSource, string? CertificateFile) Parse(string[] args)
    {
        string backend = "http://127.0.0.1:8000", auth = "http://127.0.0.1:8081";
        bool https = false;
        string? secret = null, bypass = Environment.GetEnvironmentVariable("E2E_BYPASS_KEY");
        var faults = Environment.GetEnvironmentVariable("NETRA_REFERENCE_FAULTS");
        var style = WsAuthFailureStyle.Handshake;
        var origin = "http://localhost:3000";
        var variant = Environment.GetEnvironmentVariable("NETRA_REFERENCE_VARIANT");
        string? heartbeat = null, certificateFile = null;
        var limits = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--backend-url": backend = Value(); break;
                case "--auth-url": auth = Value(); break;
                case "--https": https = true; break;
                case "--jwt-secret": secret = Value(); break;
                case "--bypass-key": bypass = Value(); break;
                case "--faults": faults = Value(); break;
                case "--frontend-origin": origin = Value(); break;
                case "--variant": variant = Value(); break;
                case "--heartbeat-seconds": heartbeat = Value(); break;
                case "--cert-out": certificateFile = Value(); break;
                case "--ws-auth-failure":
                    style = Value() switch
                    {
                        "handshake" => WsAuthFailureStyle.Handshake,
                        "close" => WsAuthFailureStyle.Close,
                        var other => throw new ArgumentException($"--ws-auth-failure must be handshake or close, not '{other}'."),
                    };
                    break;
                case var limit when LimitArguments.Handles(limit): limits[limit] = Value(); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.\n{Usage}");
            }
        }

        var (resolved, source) = ResolveSecret(secret);
        var options = LimitArguments.Apply(new ReferenceServerOptions
        {
            JwtSecret = resolved,
            BypassKey = string.IsNullOrWhiteSpace(bypass) ? null : bypass.Trim(),
            BackendUrl = WithScheme(backend, https),
            AuthUrl = WithScheme(auth, https),
            Faults = FaultSet.Parse(faults),
            WsAuthFailure = style,
            FrontendOrigin = origin,
            Variant = ParseVariant(variant),
            HeartbeatInterval = heartbeat is null ? TimeSpan.FromSeconds(25) : ParseSeconds(heartbeat, "--heartbeat-seconds"),
        }, limits);
        if (certificateFile is not null && !https)
        {
            throw new ArgumentException("--cert-out needs --https: a plain-HTTP server has no certificate.");
        }

        return (options, source, certificateFile);
    }

    /// <summary>standard or alternate (blank: standard); anything else is an error naming the choices.</summary>
    public static ReferenceVariant ParseVariant(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "standard" => ReferenceVariant.Standard,
        "alternate" => ReferenceVariant.Alternate,
        _ => throw new ArgumentException($"The variant must be standard or alternate, not '{value}'."),
    };

    public static string Fingerprint(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..8];

    private static (string Secret, string Source) ResolveSecret(string? explicitSecret)
    {
        if (!string.IsNullOrWhiteSpace(explicitSecret))
        {
            return (explicitSecret.Trim(), "--jwt-secret");
        }

        foreach (var name in SecretVariables)
        {
            var value = Environment.GetEnvironmentVariable(name)?.Trim();
            if (value is { Length: >= 32 })
            {
                return (value, name);
            }
        }

        return (Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), "random");
    }

    private static TimeSpan ParseSeconds(string value, string option) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
        && seconds is > 0 and <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"{option} must be a number of seconds from 0 to 3600, not '{value}'.");

    private static Uri WithScheme(string url, bool https)
    {
        var uri = new Uri(url);
        return https && uri.Scheme == Uri.UriSchemeHttp ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps }.Uri : uri;
    }
}
