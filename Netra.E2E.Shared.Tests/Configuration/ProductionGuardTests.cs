using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Configuration;

public sealed class ProductionGuardTests
{
    private static NetraTarget Custom(string backend, bool allowProduction = false)
    {
        var env = new Dictionary<string, string>
        {
            ["NETRA_E2E_TARGET"] = "custom",
            ["NETRA_BACKEND_URL"] = backend,
            ["NETRA_AUTH_URL"] = "https://auth.example.test",
        };
        if (allowProduction)
        {
            env["NETRA_E2E_ALLOW_PRODUCTION"] = "true";
        }

        return TargetResolver.Resolve(Layers.Settings(env));
    }

    [TestCase("https://api.netrasystems.ai", true)]
    [TestCase("https://netrasystems.ai", true)]
    [TestCase("https://api.staging.netrasystems.ai", false)]
    [TestCase("https://netrasystems.ai.example.com", false)]
    [TestCase("https://127.0.0.1:5001", false)]
    public void IsProductionHost_ClassifiesHosts(string url, bool expected)
    {
        ProductionGuard.IsProductionHost(new Uri(url)).Should().Be(expected);
    }

    [Test]
    public void Check_WithProductionHost_RefusesNamingTheVariableAndHost()
    {
        var check = () => ProductionGuard.Check(Custom("https://api.netrasystems.ai"), reportedEnvironment: "production");

        check.Should().Throw<ConfigurationException>()
            .Where(e => e.Variable == "NETRA_E2E_ALLOW_PRODUCTION" && e.Message.Contains("api.netrasystems.ai"));
    }

    [Test]
    public void Check_WithTargetReportingProduction_RefusesEvenOnAnInnocentHost()
    {
        var check = () => ProductionGuard.Check(Custom("https://api.example.test"), reportedEnvironment: "Production");

        check.Should().Throw<ConfigurationException>().Where(e => e.Message.Contains("reports environment 'production'"));
    }

    [Test]
    public void Check_WithProductionAllowed_ProceedsAndMarksTheRunAsProduction()
    {
        ProductionGuard.Check(Custom("https://api.netrasystems.ai", allowProduction: true), "production").Should().BeTrue();
    }

    [Test]
    public void Check_WithStagingTarget_ProceedsAsNonProduction()
    {
        var staging = TargetResolver.Resolve(Layers.Settings(new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "staging" }));

        ProductionGuard.Check(staging, "staging").Should().BeFalse();
    }
}
