using System.Diagnostics;
using System.Security.Cryptography;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Variants;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Network;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging;

/// <summary>
/// Picks and checks the target once per run: on <c>local</c> it starts the embedded reference backend (HTTPS with a
/// pinned certificate, a per-run secret handed to both sides); on any target it runs the reachability preflight and
/// the production guard before the first test.
/// </summary>
[SetUpFixture]
public sealed class TargetSetUp
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(30);
    private static ReferenceServer? _server;

    [OneTimeSetUp]
    public static async Task StartAsync()
    {
        using var deadline = new CancellationTokenSource(StartDeadline);
        try
        {
            var settings = E2ESettingsLoader.Load(SettingsLayers.FromProcess());

            // This run's evidence folder, created (and older runs pruned) before the first test.
            var evidence = EvidenceRunFolder.For(Path.Combine(TestContext.CurrentContext.WorkDirectory, "evidence"));
            LocalBackend? local = null;
            var clock = Stopwatch.StartNew();
            if (settings.Target == TargetKind.Local)
            {
                (settings, local) = await StartReferenceBackendAsync(settings, deadline.Token);
            }

            var target = TargetResolver.Resolve(settings, local);

            // A production host is refused before any network call at all (contract 1); a production answer right after
            // the one call that reads it, below.
            ProductionGuard.Check(target, reportedEnvironment: null);
            // The run header goes to TestContext.Error: the one channel `dotnet test` shows at its default verbosity (Progress
            // needs verbosity=normal); written once, it appears once at every verbosity, and in the TRX's run information.
            await TestContext.Error.WriteLineAsync(RunHeader.Compose(settings.ToString(), target.ToString(), evidence));
            await TargetPreflight.CheckAsync(target, settings.PreflightTimeout, deadline.Token);
            await TestContext.Progress.WriteLineAsync(
                $"target ready in {clock.ElapsedMilliseconds} ms ({(local is null ? "preflight" : "embedded backend start + preflight")})");
            E2ESettingsLoader.RequireAuthPrerequisites(target);
            var http = NetraHttp.For(target);
            var handedOver = false;
            try
            {
                var config = await http.Backend(new EvidenceLog("run set-up")).GetAsync("/api/config/public", deadline.Token);
                var environment = config.Status == 200 ? config.Str("environment") : null;
                E2ERun.Initialize(target, ProductionGuard.Check(target, environment), http);
                handedOver = true;
            }
            finally
            {
                if (!handedOver)
                {
                    http.Dispose();
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Kept, printed once as one block, and named by every test in one line (E2ETest's set-up): not re-thrown, which
            // would repeat the cause and its stack trace for every test of the run.
            E2ERun.Fail(ex);
            await TestContext.Error.WriteLineAsync(E2ERun.FailureBlock(ex));
        }
    }

    [OneTimeTearDown]
    public static async Task StopAsync()
    {
        // The end-of-run block goes where the header went: TestContext.Error, shown at every verbosity.
        if (RunResults.Summary() is { Length: > 0 } summary)
        {
            await TestContext.Error.WriteLineAsync(summary);
        }

        RunResults.Reset();

        E2ERun.Reset();
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    private static async Task<(E2ESettings, LocalBackend)> StartReferenceBackendAsync(E2ESettings settings,
        CancellationToken cancellationToken)
    {
        // A secret configured in the environment wins (contract 1.1); otherwise a fresh one per run. Either way the
        // backend and the suite's minting use the same value, so a locally minted token is never the 403 of the old suite.
        var configured = JwtSecretResolver.Resolve(settings.Layers, targetDefault: null).Secret;
        var secret = configured ?? new Secret(RandomValue(), "generated for the embedded backend");
        var bypass = settings.BypassKey ?? new Secret(RandomValue(), "generated for the embedded backend");
        _server = await ReferenceServer.StartAsync(
            new ReferenceServerOptions
            {
                JwtSecret = secret.Reveal(),
                BypassKey = bypass.Reveal(),
                Faults = FaultSet.Parse(settings.ReferenceFaults),
                Variant = settings.ReferenceVariant == "alternate" ? ReferenceVariant.Alternate : ReferenceVariant.Standard,
                WsAuthFailure = settings.ReferenceWsAuthFailure == "close" ? WsAuthFailureStyle.Close : WsAuthFailureStyle.Handshake,
                FrontendOrigin = settings.FrontendOrigin ?? TargetResolver.LocalOrigin,

                // Short enough that the pipeline heartbeat test sees a server ping within its deadline; staging keeps its own.
                HeartbeatInterval = TimeSpan.FromSeconds(2),
            },
            cancellationToken);
        var local = new LocalBackend(_server.BackendUrl, _server.AuthUrl, _server.WebSocketUrl, _server.Certificate, secret);
        return (settings with { BypassKey = bypass }, local);
    }

    private static string RandomValue() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
