using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Configuration;

public sealed class TargetResolverTests
{
    [Test]
    public void Resolve_Staging_UsesTheContractUrls()
    {
        var target = TargetResolver.Resolve(Layers.Settings(new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "staging" }));

        target.BackendUrl.Should().Be(new Uri("https://api.staging.netrasystems.ai"));
        target.AuthUrl.Should().Be(new Uri("https://auth.staging.netrasystems.ai"));
        target.WebSocketUrl.Should().Be(new Uri("wss://api.staging.netrasystems.ai/ws"));
        target.FrontendOrigin.Should().Be("https://app.staging.netrasystems.ai");
        target.PinnedCertificate.Should().BeNull();
    }

    [Test]
    public void Resolve_StagingWithAuthOverride_KeepsOtherDefaults()
    {
        var target = TargetResolver.Resolve(Layers.Settings(new Dictionary<string, string>
        {
            ["NETRA_E2E_TARGET"] = "staging",
            ["NETRA_AUTH_URL"] = "https://auth2.staging.netrasystems.ai",
        }));

        target.AuthUrl.Should().Be(new Uri("https://auth2.staging.netrasystems.ai"));
        target.BackendUrl.Should().Be(new Uri("https://api.staging.netrasystems.ai"));
    }

    [TestCase("http://10.1.2.3:8000", "ws://10.1.2.3:8000/ws")]
    [TestCase("https://api.example.test/base/", "wss://api.example.test/base/ws")]
    public void Resolve_CustomWithoutWsUrl_DerivesItFromTheBackend(string backend, string expectedWs)
    {
        var target = TargetResolver.Resolve(Layers.Settings(new Dictionary<string, string>
        {
            ["NETRA_E2E_TARGET"] = "custom",
            ["NETRA_BACKEND_URL"] = backend,
            ["NETRA_AUTH_URL"] = "https://auth.example.test",
        }));

        target.WebSocketUrl.Should().Be(new Uri(expectedWs));
    }

    [Test]
    public void Resolve_LocalWithoutStartedBackend_Throws()
    {
        var resolve = () => TargetResolver.Resolve(Layers.Settings());

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*started reference backend*");
    }
}
