using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Configuration;

public sealed class JwtSecretResolverTests
{
    private const string SecretA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"; // 36 characters
    private const string SecretB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"; // 40
    private const string SecretC = "cccccccccccccccccccccccccccccccccc"; // 34
    private const string SecretD = "dddddddddddddddddddddddddddddddd"; // 32, the minimum

    private static readonly Secret TargetDefault = new("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "embedded backend");

    [TestCase("JWT_SECRET_STAGING")]
    [TestCase("JWT_SECRET_KEY")]
    [TestCase("E2E_BYPASS_KEY")]
    [TestCase("STAGING_JWT_SECRET")]
    public void Resolve_WithOnlyOneVariableSet_PicksThatVariable(string variable)
    {
        var resolution = JwtSecretResolver.Resolve(Layers.Of(new Dictionary<string, string> { [variable] = SecretA }), TargetDefault);

        resolution.Secret!.Source.Should().Be(variable);
        resolution.Secret.Fingerprint.Should().Be(Secret.FingerprintOf(SecretA));
    }

    [Test]
    public void Resolve_WithEveryVariableSet_FollowsContractOrder()
    {
        var all = new Dictionary<string, string>
        {
            ["STAGING_JWT_SECRET"] = SecretD,
            ["E2E_BYPASS_KEY"] = SecretC,
            ["JWT_SECRET_KEY"] = SecretB,
            ["JWT_SECRET_STAGING"] = SecretA,
        };

        var order = new List<string>();
        while (all.Count > 0)
        {
            var winner = JwtSecretResolver.Resolve(Layers.Of(all), TargetDefault).Secret!.Source;
            order.Add(winner);
            all.Remove(winner);
        }

        order.Should().Equal("JWT_SECRET_STAGING", "JWT_SECRET_KEY", "E2E_BYPASS_KEY", "STAGING_JWT_SECRET");
        JwtSecretResolver.Resolve(Layers.Of(all), TargetDefault).Secret!.Source.Should().Be("embedded backend");
    }

    [Test]
    public void Resolve_WithTooShortFirstChoice_SkipsItAndReportsItsLength()
    {
        var resolution = JwtSecretResolver.Resolve(
            Layers.Of(new Dictionary<string, string> { ["JWT_SECRET_STAGING"] = "short-secret", ["JWT_SECRET_KEY"] = SecretB }),
                TargetDefault);

        resolution.Secret!.Source.Should().Be("JWT_SECRET_KEY");
        resolution.Skipped.Should().ContainSingle().Which.Should().Contain("JWT_SECRET_STAGING").And.Contain("12 characters");
    }

    [Test]
    public void Resolve_WithValuePaddedToLengthByWhitespace_TrimsAndSkipsIt()
    {
        var padded = "  " + new string('x', 31) + "          ";

        var resolution = JwtSecretResolver.Resolve(Layers.Of(new Dictionary<string, string> { ["JWT_SECRET_STAGING"] = padded }),
            TargetDefault);

        resolution.Secret!.Source.Should().Be("embedded backend");
        resolution.Skipped.Should().ContainSingle().Which.Should().Contain("31 characters");
    }

    [Test]
    public void Resolve_WithSurroundingWhitespace_UsesTheTrimmedValue()
    {
        var resolution = JwtSecretResolver.Resolve(Layers.Of(new Dictionary<string,
            string> { ["JWT_SECRET_KEY"] = "\t " + SecretD + " \n" }), null);

        resolution.Secret!.Fingerprint.Should().Be(Secret.FingerprintOf(SecretD));
        resolution.Secret.Length.Should().Be(32);
    }

    [Test]
    public void Resolve_WithNothingOnARemoteTarget_RequireNamesEveryVariable()
    {
        var resolution = JwtSecretResolver.Resolve(Layers.Of(new Dictionary<string, string> { ["E2E_BYPASS_KEY"] = "too-short" }), null);

        var require = () => resolution.Require();

        require.Should().Throw<ConfigurationException>()
            .Where(e => e.Message.Contains("JWT_SECRET_STAGING") && e.Message.Contains("JWT_SECRET_KEY")
                && e.Message.Contains("E2E_BYPASS_KEY (set, but 9 characters") && e.Message.Contains("STAGING_JWT_SECRET"));
    }

    [Test]
    public void Fingerprint_OfKnownInput_IsFirstEightHexDigitsOfSha256()
    {
        // FIPS 180-2 test vector: SHA-256("abc") = ba7816bf 8f01cfea 414140de ...
        Secret.FingerprintOf("abc").Should().Be("ba7816bf");
    }

    [Test]
    public void Resolution_WhenPrinted_ShowsSourceAndFingerprintButNotTheValue()
    {
        var resolution = JwtSecretResolver.Resolve(Layers.Of(new Dictionary<string, string> { ["JWT_SECRET_KEY"] = SecretB }), null);

        var printed = $"{resolution} {resolution.Secret}";

        printed.Should().NotContain(SecretB[..16]).And.Contain("JWT_SECRET_KEY").And.Contain(Secret.FingerprintOf(SecretB));
    }
}
