using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>One misbehaving loopback server and one HTTP stack per fixture, with short deadlines.</summary>
public abstract class LoopbackHttpFixture
{
    protected LoopbackServer Server { get; private set; } = null!;

    protected NetraHttp Http { get; private set; } = null!;

    /// <summary>The HTTP options of the fixture's stack; a fixture overrides it to tune retries.</summary>
    protected virtual NetraHttpOptions HttpOptions => new() { RequestTimeout = TimeSpan.FromSeconds(2) };

    [OneTimeSetUp]
    public async Task StartLoopbackAsync()
    {
        Server = await LoopbackServer.StartAsync(LoopbackAuthOptions.Default, CancellationToken.None);
        Http = new NetraHttp(HttpOptions);
    }

    [OneTimeTearDown]
    public async Task StopLoopbackAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
