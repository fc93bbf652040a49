using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests;

[SetUpFixture]
public sealed class ServerLifetime
{
    [OneTimeTearDown]
    public Task StopServersAsync() => TestServers.DisposeAllAsync();
}
