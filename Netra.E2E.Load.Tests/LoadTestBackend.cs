using System.Security.Cryptography;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.Load.Tests;

// A reference backend for load processes, on plain HTTP (a custom target needs no pinned certificate that way), with fresh
// secrets, and the environment that points a load process at it as a custom target with the bypass key.
internal sealed class LoadTestBackend : IAsyncDisposable
{
    private readonly ReferenceServer _server;

    private LoadTestBackend(ReferenceServer server, string bypassKey)
    {
        _server = server;
        Environment = new Dictionary<string, string>
        {
            ["NETRA_E2E_TARGET"] = "custom", ["NETRA_BACKEND_URL"] = server.BackendUrl.ToString(),
            ["NETRA_AUTH_URL"] = server.AuthUrl.ToString(), ["NETRA_AUTH_MODE"] = "bypass", ["E2E_BYPASS_KEY"] = bypassKey,
            ["NETRA_EXPECTED_ENVIRONMENT"] = "local", ["CI"] = "true",
        };
    }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public static async Task<LoadTestBackend> StartAsync(string faults, CancellationToken cancellationToken)
    {
        var bypass = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var server = await ReferenceServer.StartAsync(
            new ReferenceServerOptions
            {
                JwtSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), BypassKey = bypass,
                BackendUrl = new Uri("http://127.0.0.1:0"), AuthUrl = new Uri("http://127.0.0.1:0"), Faults = FaultSet.Parse(faults),
            },
            cancellationToken);
        return new LoadTestBackend(server, bypass);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
