using System.Net;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Network;
using Polly;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// The one HTTP stack of a target: a single <see cref="SocketsHttpHandler"/> (pinned TLS, no redirects, no cookies,
/// pooled connections) and the retry pipeline, shared by every <see cref="NetraApiClient"/> of the run. Create once, dispose at the end.
/// </summary>
public sealed class NetraHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly NetraTarget? _target;

    /// <summary>Creates the stack with explicit options (tests of the library use this; tiers use <see cref="For"/>).</summary>
    public NetraHttp(NetraHttpOptions options)
        : this(options, null)
    {
    }

    private NetraHttp(NetraHttpOptions options, NetraTarget? target)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _target = target;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = options.PooledConnectionLifetime,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            SslOptions = { RemoteCertificateValidationCallback = TlsTrust.For(options.PinnedCertificate, options.CustomTrust) },
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        Pipeline = HttpRetryPolicy.Build(options);
    }

    /// <summary>The options in force.</summary>
    public NetraHttpOptions Options { get; }

    internal HttpClient Client => _client;

    internal ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>The stack for <paramref name="target"/>: its pinned certificate and timeouts.</summary>
    public static NetraHttp For(NetraTarget target) => new(NetraHttpOptions.For(target), target);

    /// <summary>A client for <paramref name="baseUrl"/> recording into <paramref name="evidence"/>.</summary>
    public NetraApiClient CreateClient(Uri baseUrl, EvidenceLog evidence) => new(this, baseUrl, evidence);

    /// <summary>A client for the target's backend; only on a stack made by <see cref="For"/>.</summary>
    public NetraApiClient Backend(EvidenceLog evidence) => CreateClient(RequireTarget().BackendUrl, evidence);

    /// <summary>A client for the target's auth service; only on a stack made by <see cref="For"/>.</summary>
    public NetraApiClient Auth(EvidenceLog evidence) => CreateClient(RequireTarget().AuthUrl, evidence);

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose() => _client.Dispose();

    private NetraTarget RequireTarget() =>
        _target ?? throw new InvalidOperationException("This NetraHttp was created without a target; use CreateClient(baseUrl, evidence).");
}
