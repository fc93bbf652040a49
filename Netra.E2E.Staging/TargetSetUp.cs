using System.Diagnostics;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Local;
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
    private static EmbeddedBackend? _server;

    [OneTimeSetUp]
    public static async Task StartAsync()
    {
        try
        {
            var settings = E2ESettingsLoader.Load(SettingsLayers.FromProcess());
            // Start, preflight and the one configuration read, each within its own deadline; this one only bounds the total.
            using var deadline = new CancellationTokenSource(EmbeddedBackend.StartTimeout + settings.PreflightTimeout +
                settings.RequestTimeout);

            // This run's evidence folder, created (and older runs pruned) before the first test.
            var evidence = EvidenceRunFolder.For(Path.Combine(TestContext.CurrentContext.WorkDirectory, "evidence"));
            LocalBackend? local = null;
            var clock = Stopwatch.StartNew();
            if (settings.Target == TargetKind.Local)
            {
                _server = await EmbeddedBackend.StartAsync(settings, options: null, deadline.Token);
                (settings, local) = (_server.Settings, _server.Local);
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
}
