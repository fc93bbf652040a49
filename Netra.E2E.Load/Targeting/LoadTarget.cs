using Netra.E2E.Load.Cli;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Local;
using Netra.E2E.Shared.Network;

namespace Netra.E2E.Load.Targeting;

/// <summary>
/// The target of a load run, picked by the suite's settings loader (environment variables, <c>--target</c> over
/// <c>NETRA_E2E_TARGET</c>), checked by its preflight and production guard, with one HTTP stack for every user.
/// On <c>local</c> it owns the embedded reference backend it started.
/// </summary>
internal sealed class LoadTarget : IAsyncDisposable
{
    private readonly EmbeddedBackend? _server;

    // The run's secrets, registered once and inherited by every user's evidence log (not copied into each).
    private readonly Redactor _runSecrets = new();

    private LoadTarget(NetraTarget target, NetraHttp http, EmbeddedBackend? server)
    {
        Target = target;
        Http = http;
        _server = server;
        if (target.Settings.BypassKey is { } bypass)
        {
            _runSecrets.Register(bypass);
        }

        if (target.JwtSecret.Secret is { } secret)
        {
            _runSecrets.Register(secret);
        }
    }

    /// <summary>The resolved target.</summary>
    public NetraTarget Target { get; }

    /// <summary>The HTTP stack every user shares; retries are off, so each latency and failure is a first attempt's.</summary>
    public NetraHttp Http { get; }

    /// <summary>Whether the reference backend runs inside this process.</summary>
    public bool Embedded => _server is not null;

    /// <summary>Resolves, starts (local) and checks the target; throws <see cref="ConfigurationException"/> when refused.</summary>
    public static async Task<LoadTarget> OpenAsync(LoadOptions options, Func<string, string?> environment,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = LoadSettings.Load(options, environment);
        EmbeddedBackend? server = null;
        if (settings.Target == TargetKind.Local)
        {
            // The tiers' embedded backend (same secret handling, variant and faults), on plain HTTP when asked.
            server = await EmbeddedBackend.StartAsync(settings, new EmbeddedBackendOptions { PlainHttp = options.LocalHttp },
                cancellationToken).ConfigureAwait(false);
            settings = server.Settings;
        }

        var target = TargetResolver.Resolve(settings, server?.Local);
        var http = new NetraHttp(NetraHttpOptions.For(target) with { MaxRetries = 0 });
        var opened = new LoadTarget(target, http, server);
        try
        {
            await TargetPreflight.CheckAsync(target, settings.PreflightTimeout, cancellationToken).ConfigureAwait(false);
            E2ESettingsLoader.RequireAuthPrerequisites(target);
            var config = await http.CreateClient(target.BackendUrl, new EvidenceLog("load set-up"))
                .GetAsync("/api/config/public", cancellationToken).ConfigureAwait(false);
            var environmentName = config.Status == 200 ? config.Str("environment") : null;
            if (ProductionGuard.Check(target, environmentName))
            {
                // The guard lets read-only tier tests run on production when allowed; every load scenario writes data.
                throw new ConfigurationException(
                    "NETRA_E2E_ALLOW_PRODUCTION", "load runs create users, threads and agent runs: they never run against production.");
            }

            return opened;
        }
        catch (Exception)
        {
            await opened.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A new evidence log for one user, removing the run's secrets so nothing it renders shows them; summary-only unless
    /// <paramref name="detail"/> asks for every frame.
    /// </summary>
    public EvidenceLog NewEvidence(string name, EvidenceDetail detail = EvidenceDetail.Summary) =>
        new(name, _runSecrets) { Detail = detail };

    /// <summary>Stops the embedded backend, if any, and closes the HTTP stack.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Target.ToString();
}
