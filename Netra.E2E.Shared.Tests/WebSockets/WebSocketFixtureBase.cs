using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.WebSockets;

/// <summary>Starts one loopback server per fixture and builds endpoints with short deadlines.</summary>
public abstract class WebSocketFixtureBase
{
    protected static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);
    protected static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(1);

    protected LoopbackServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServerAsync() => Server = await LoopbackServer.StartAsync(LoopbackAuthOptions.Default, CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopServerAsync() => await Server.DisposeAsync();

    protected static string NewKey() => Guid.NewGuid().ToString("N");

    protected static EvidenceLog NewLog() => new(TestContext.CurrentContext.Test.Name);

    protected WebSocketEndpoint Endpoint(string mode, string key) =>
        new(Server.WebSocket(mode, key)) { ConnectTimeout = ConnectTimeout, SendTimeout = TimeSpan.FromSeconds(2),
            CloseTimeout = CloseTimeout };
}
