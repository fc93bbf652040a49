using System.Security.Cryptography.X509Certificates;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Network;

namespace Netra.E2E.Shared.Http;

/// <summary>How <see cref="NetraHttp"/> connects, waits and retries. <see cref="For"/> derives it from a target.</summary>
public sealed record NetraHttpOptions
{
    /// <summary>The only certificate trusted (see <see cref="TlsTrust"/>); null means system trust. Default null.</summary>
    public X509Certificate2? PinnedCertificate { get; init; }

    /// <summary>Certificates trusted besides the system store (<c>NETRA_E2E_CA_CERT</c>); null when none.</summary>
    public X509Certificate2Collection? CustomTrust { get; init; }

    /// <summary>Deadline of one attempt, from sending to the last byte of the answer. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline of one TCP + TLS connect. Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt for transient failures of retryable requests; 0 disables. Default 2.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First backoff delay (exponential with jitter) when the target gives no <c>Retry-After</c>. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest <c>Retry-After</c> honoured; a longer one is not retried and its 429/503 is returned. Default 5 s.</summary>
    public TimeSpan RetryAfterCap { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a pooled connection is reused before it is replaced (DNS changes). Default 2 min.</summary>
    public TimeSpan PooledConnectionLifetime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Options for <paramref name="target"/>: its pinned certificate and the run's request and connect timeouts.</summary>
    public static NetraHttpOptions For(NetraTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new NetraHttpOptions
        {
            PinnedCertificate = target.PinnedCertificate,
            CustomTrust = target.CustomTrust,
            RequestTimeout = target.Settings.RequestTimeout,
            ConnectTimeout = target.Settings.ConnectTimeout,
        };
    }
}
