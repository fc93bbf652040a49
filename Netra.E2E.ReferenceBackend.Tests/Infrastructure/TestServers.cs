using System.Collections.Concurrent;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>
/// One started server per configuration, shared by the tests that need it and stopped by <see cref="ServerLifetime"/>.
/// A failed start is cached and re-thrown to every test that asks, so each shows the real cause.
/// </summary>
internal static class TestServers
{
    public const string JwtSecret = "reference-backend-tests-jwt-secret-0123456789";
    public const string BypassKey = "reference-backend-tests-bypass-key";
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestServer>>> Servers = new(StringComparer.Ordinal);

    public static ReferenceServerOptions Defaults() => new() { JwtSecret = JwtSecret, BypassKey = BypassKey };

    public static Task<TestServer> DefaultAsync() => GetAsync("default", o => o);

    public static Task<TestServer> WithFaultAsync(string fault) =>
        GetAsync("fault:" + fault, o => o with { Faults = FaultSet.Parse(fault) });

    public static Task<TestServer> GetAsync(string key, Func<ReferenceServerOptions, ReferenceServerOptions> configure) =>
        Servers.GetOrAdd(key, _ => new Lazy<Task<TestServer>>(() => StartAsync(configure(Defaults())))).Value;

    public static async Task DisposeAllAsync()
    {
        foreach (var lazy in Servers.Values.Where(l => l.IsValueCreated))
        {
            if (lazy.Value.IsCompletedSuccessfully)
            {
                await (await lazy.Value).DisposeAsync();
            }
        }

        Servers.Clear();
    }

    private static async Task<TestServer> StartAsync(ReferenceServerOptions options)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return new TestServer(await ReferenceServer.StartAsync(options, deadline.Token));
    }
}
