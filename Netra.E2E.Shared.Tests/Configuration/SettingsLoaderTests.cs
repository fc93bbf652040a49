using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Configuration;

public sealed class SettingsLoaderTests
{
    [Test]
    public void Load_WithNothingSet_UsesLocalTargetAndDocumentedDefaults()
    {
        var settings = Layers.Settings();

        settings.Target.Should().Be(TargetKind.Local);
        settings.AuthMode.Should().Be(AuthMode.Register);
        settings.TestTimeout.Should().Be(TimeSpan.FromSeconds(30));
        settings.RequestTimeout.Should().Be(TimeSpan.FromSeconds(10));
        settings.PreflightTimeout.Should().Be(TimeSpan.FromSeconds(10));
        settings.BypassKey.Should().BeNull();
        settings.Sources.Should().BeEmpty();
    }

    [TestCase(null, false)]
    [TestCase("true", true)]
    [TestCase("false", false)]
    public void Load_FailOnFlaky_ParsedAndPrinted(string? raw, bool expected)
    {
        var environment = new Dictionary<string, string>();
        if (raw is not null)
        {
            environment["NETRA_E2E_FAIL_ON_FLAKY"] = raw;
        }

        var settings = Layers.Settings(environment: environment);

        settings.FailOnFlaky.Should().Be(expected);
        settings.ToString().Should().Contain($"fail on flaky    {expected}");
    }

    [Test]
    public void Load_FailOnFlakyNotABoolean_NamesTheVariable()
    {
        var load = () => Layers.Settings(environment: new Dictionary<string, string> { ["NETRA_E2E_FAIL_ON_FLAKY"] = "sometimes" });

        load.Should().Throw<ConfigurationException>().Which.Message.Should().Contain("NETRA_E2E_FAIL_ON_FLAKY");
    }

    [Test]
    public void Load_WithRunSettingsOnly_TakesRunSettingsOverDefaults()
    {
        var settings = Layers.Settings(runSettings: new Dictionary<string, string> { ["NETRA_E2E_TEST_TIMEOUT_SECONDS"] = "45" });

        settings.TestTimeout.Should().Be(TimeSpan.FromSeconds(45));
        settings.Sources["NETRA_E2E_TEST_TIMEOUT_SECONDS"].Should().Be("runsettings");
    }

    [Test]
    public void Load_WithEnvironmentAndRunSettings_EnvironmentWins()
    {
        var settings = Layers.Settings(
            environment: new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "staging" },
            runSettings: new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "local" });

        settings.Target.Should().Be(TargetKind.Staging);
        settings.Sources["NETRA_E2E_TARGET"].Should().Be("environment");
    }

    [Test]
    public void Load_WithBlankEnvironmentValue_FallsThroughToRunSettings()
    {
        var settings = Layers.Settings(
            environment: new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "   " },
            runSettings: new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "staging" });

        settings.Target.Should().Be(TargetKind.Staging);
    }

    [Test]
    public void Load_WithStagingTarget_DefaultsToBypassAuth()
    {
        Layers.Settings(new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "staging" }).AuthMode.Should().Be(AuthMode.Bypass);
    }

    [TestCase("NETRA_E2E_TARGET", "prod")]
    [TestCase("NETRA_AUTH_MODE", "oauth")]
    [TestCase("NETRA_E2E_TEST_TIMEOUT_SECONDS", "-3")]
    [TestCase("NETRA_E2E_REQUEST_TIMEOUT_SECONDS", "ten")]
    [TestCase("NETRA_E2E_ALLOW_PRODUCTION", "maybe")]
    [TestCase("NETRA_BACKEND_URL", "ftp://api.example.com")]
    [TestCase("NETRA_WS_URL", "https://api.example.com/ws")]
    [TestCase("NETRA_FRONTEND_ORIGIN", "https://app.example.com/path")]
    [TestCase("NETRA_REFERENCE_WS_AUTH_FAILURE", "silently")]
    public void Load_WithInvalidValue_FailsNamingTheVariable(string variable, string value)
    {
        var load = () => Layers.Settings(new Dictionary<string, string> { [variable] = value });

        load.Should().Throw<ConfigurationException>()
            .Where(e => e.Variable == variable && e.Message.StartsWith(variable + ":",
                StringComparison.Ordinal) && e.Message.Contains(value, StringComparison.Ordinal));
    }

    [Test]
    public void Load_WithCustomTargetAndNoBackendUrl_FailsNamingNetraBackendUrl()
    {
        var load = () => Layers.Settings(new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "custom",
            ["NETRA_AUTH_URL"] = "https://auth.example.com" });

        load.Should().Throw<ConfigurationException>().Where(e => e.Variable == "NETRA_BACKEND_URL");
    }

    [Test]
    public void Load_WithBypassKeyAlias_UsesTheAlias()
    {
        var settings = Layers.Settings(new Dictionary<string, string> { ["E2E_OAUTH_SIMULATION_KEY"] = "alias-key-value" });

        settings.BypassKey.Should().NotBeNull();
        settings.BypassKey!.Source.Should().Be("E2E_OAUTH_SIMULATION_KEY");
    }

    [Test]
    public void ToString_WithBypassKey_ShowsFingerprintButNeverTheValue()
    {
        const string key = "bypass-canary-6f1d2c9a-value-that-must-not-print";
        var settings = Layers.Settings(new Dictionary<string, string> { ["E2E_BYPASS_KEY"] = key });

        var printed = settings.ToString();

        printed.Should().NotContain(key).And.NotContain("6f1d2c9a");
        printed.Should().Contain("sha256:" + Secret.FingerprintOf(key));
    }

    [Test]
    public void RequireAuthPrerequisites_WithBypassModeAndNoKey_FailsNamingE2EBypassKey()
    {
        var settings = Layers.Settings(new Dictionary<string, string> { ["NETRA_E2E_TARGET"] = "staging" });
        var target = TargetResolver.Resolve(settings);

        var check = () => E2ESettingsLoader.RequireAuthPrerequisites(target);

        check.Should().Throw<ConfigurationException>().Where(e => e.Variable == "E2E_BYPASS_KEY");
    }
}
