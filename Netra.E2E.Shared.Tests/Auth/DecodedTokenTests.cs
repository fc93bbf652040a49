using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Auth;

public sealed class DecodedTokenTests
{
    private static readonly Secret Key = new(new string('k', 48), "test");

    [Test]
    public void Read_MintedToken_GivesItsClaimsTyped()
    {
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var claims = new AccessTokenClaims
        {
            Subject = "user-1", Email = "a@example.test", IssuedAt = issuedAt, ExpiresAt = issuedAt.AddMinutes(30), TokenId = "j-1",
        };

        var token = DecodedToken.Read(TokenMinter.Sign(claims, Key));

        token.Segments.Should().Be(3);
        token.Algorithm.Should().Be("HS256");
        (token.Subject, token.Email, token.TokenType, token.Type, token.Issuer, token.TokenId)
            .Should().Be(("user-1", "a@example.test", "access", "access", AccessTokenClaims.ValidIssuer, "j-1"));
        token.Audiences.Should().Equal(AccessTokenClaims.ValidAudience);
        token.IssuedAt.Should().Be(issuedAt);
        (token.ExpiresAtSeconds - token.IssuedAtSeconds).Should().Be(1800);
        (token.IsList("permissions"), token.IsNumber("exp"), token.Has("env"), token.Has("nonce")).Should().Be((true, true, true, false));
        token.ToString().Should().StartWith("header {").And.Contain("\"sub\":\"user-1\"").And.NotContain("kkkk");
    }

    [TestCase("not-a-token", 1)]
    [TestCase("e30.!!!.sig", 3)]
    public void Read_NotAJws_ReadsAsAbsentClaims(string text, int segments)
    {
        var token = DecodedToken.Read(text);

        token.Segments.Should().Be(segments);
        (token.Subject, token.Algorithm).Should().Be((null, null));
        token.Audiences.Should().BeEmpty();
    }
}
