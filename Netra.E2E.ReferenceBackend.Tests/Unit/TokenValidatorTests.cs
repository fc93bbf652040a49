using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Tests.Infrastructure;

namespace Netra.E2E.ReferenceBackend.Tests.Unit;

[CancelAfter(10_000)]
public sealed class TokenValidatorTests
{
    private readonly RevokedTokens _revoked = new(FaultSet.None);
    private TokenValidator _validator = null!;
    private TokenIssuer _issuer = null!;

    [SetUp]
    public void CreateValidator()
    {
        var settings = new JwtSettings(TestServers.Defaults());
        _validator = new TokenValidator(settings, _revoked, FaultSet.None);
        _issuer = new TokenIssuer(settings);
    }

    [Test]
    public void IssuedAccessToken_Claims_AreExactlyThoseOfContract32()
    {
        var token = new JsonWebToken(_issuer.CreateAccess("usr_1", "a@b.co"));

        token.Alg.Should().Be("HS256");
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(token.EncodedPayload))!.AsObject();
        payload.Select(p => p.Key).Should().BeEquivalentTo("sub", "email", "permissions", "iat", "exp", "token_type", "type", "iss", "aud",
            "jti", "env");
        payload["iss"]!.GetValue<string>().Should().Be("netra-auth-service");
        payload["aud"]!.GetValue<string>().Should().Be("netra-platform");
        payload["token_type"]!.GetValue<string>().Should().Be("access");
        payload["permissions"]!.AsArray().Should().NotBeEmpty();
    }

    [Test]
    public void IssuedTokens_Jti_IsUniquePerToken() =>
        new JsonWebToken(_issuer.CreateAccess("u", "a@b.co")).Id.Should().NotBe(new JsonWebToken(_issuer.CreateAccess("u", "a@b.co")).Id);

    [Test]
    public async Task Validate_IssuedAccessToken_IsValidWithSubject(CancellationToken cancellationToken)
    {
        var check = await _validator.ValidateAsync(_issuer.CreateAccess("usr_1", "a@b.co"), TokenUse.Rest, cancellationToken);

        check.User.Should().NotBeNull("the token was issued by the same key; error {0}", check.Error);
        check.User!.UserId.Should().Be("usr_1");
    }

    [TestCase("wrong-signature", "invalid_signature")]
    [TestCase("alg-none", "")]
    [TestCase("alg-hs384", "")]
    [TestCase("expired", "token_expired")]
    [TestCase("iat-future", "issued_in_future")]
    [TestCase("wrong-issuer", "invalid_issuer")]
    [TestCase("wrong-audience", "invalid_audience")]
    [TestCase("refresh-type", "wrong_token_type")]
    [TestCase("garbage", "malformed_token")]
    public async Task Validate_TokenBrokenOneWay_IsRejectedForThatReason(string broken, string reason, CancellationToken cancellationToken)
    {
        var token = broken switch
        {
            "wrong-signature" => TestTokens.WrongSignature("u1"),
            "alg-none" => TestTokens.Unsigned("u1"),
            "alg-hs384" => TestTokens.Sign(TestTokens.Claims("u1"), TestServers.JwtSecret + "-long-enough-for-hs384",
                SecurityAlgorithms.HmacSha384),
            "expired" => TestTokens.Expired("u1"),
            "iat-future" => TestTokens.Sign(TestTokens.Claims("u1", TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddMinutes(5))),
            "wrong-issuer" => TestTokens.WithClaim("u1", "iss", "someone-else"),
            "wrong-audience" => TestTokens.WithClaim("u1", "aud", "other-platform"),
            "refresh-type" => TestTokens.Sign(TestTokens.Claims("u1", tokenType: "refresh")),
            _ => "not-a-jwt",
        };

        foreach (var use in new[] { TokenUse.Rest, TokenUse.WebSocket, TokenUse.AuthService })
        {
            var check = await _validator.ValidateAsync(token, use, cancellationToken);
            check.IsValid.Should().BeFalse("a {0} token must be refused on {1}", broken, use);
            if (reason.Length > 0)
            {
                check.Error.Should().Be(reason);
            }
        }
    }

    [Test]
    public async Task Validate_IatWithinSixtySecondsAhead_IsAccepted(CancellationToken cancellationToken)
    {
        var token = TestTokens.Sign(TestTokens.Claims("u1", TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddSeconds(30)));

        (await _validator.ValidateAsync(token, TokenUse.Rest, cancellationToken)).IsValid.Should().BeTrue();
    }

    [Test]
    public async Task Validate_RevokedToken_IsRejected(CancellationToken cancellationToken)
    {
        var token = _issuer.CreateAccess("usr_2", "b@b.co");
        var user = (await _validator.ValidateAsync(token, TokenUse.Rest, cancellationToken)).User!;

        _revoked.Revoke(user);

        (await _validator.ValidateAsync(token, TokenUse.Rest, cancellationToken)).Error.Should().Be("token_revoked");
    }

    [Test]
    public async Task Validate_RefreshTokenForRefreshUse_IsAcceptedButAccessTokenIsNot(CancellationToken cancellationToken)
    {
        (await _validator.ValidateAsync(_issuer.CreateRefresh("u", "a@b.co"), TokenUse.Refresh,
            cancellationToken)).IsValid.Should().BeTrue();
        (await _validator.ValidateAsync(_issuer.CreateAccess("u", "a@b.co"), TokenUse.Refresh,
            cancellationToken)).Error.Should().Be("wrong_token_type");
    }
}
