using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Tests.Auth;

[Parallelizable(ParallelScope.All)]
public sealed class BadTokenTests
{
    private const string JwtSecret = "bad-token-tests-secret-0123456789abcdef";
    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly string[] RequiredClaims = ["sub", "iat", "exp", "iss", "aud", "jti"];
    private LoopbackServer _server = null!;
    private BadTokenFactory _tokens = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await LoopbackServer.StartAsync(LoopbackAuthOptions.Default, CancellationToken.None);
        _tokens = new BadTokenFactory(LoopbackTarget.For(_server, AuthMode.Mint, JwtSecret, null));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task ExpiringIn_FutureLifetime_ValidWithEveryContractClaim()
    {
        var token = _tokens.ExpiringIn(TimeSpan.FromMinutes(5));

        (await ValidateAsync(token)).IsValid.Should().BeTrue();
        var jwt = new JsonWebToken(token);
        jwt.Alg.Should().Be("HS256");
        jwt.GetPayloadValue<string>("token_type").Should().Be("access");
        jwt.GetPayloadValue<string>("type").Should().Be("access");
        jwt.GetPayloadValue<string>("env").Should().Be("local");
        jwt.GetPayloadValue<string>("email").Should().EndWith("@netra-e2e.test");
        jwt.GetPayloadValue<string[]>("permissions").Should().Equal("read", "write");
        foreach (var claim in RequiredClaims)
        {
            jwt.TryGetPayloadValue<object>(claim, out var _).Should().BeTrue($"claim {claim} is required by contract 3.2");
        }

        jwt.ValidTo.Should().BeCloseTo(DateTime.UtcNow.AddMinutes(5), TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Expired_OnlyLifetimeFails()
    {
        var token = _tokens.Expired();

        (await ValidateAsync(token)).Exception.Should().BeOfType<SecurityTokenExpiredException>();
        (await ValidateAsync(token, p => p.ValidateLifetime = false)).IsValid.Should().BeTrue();
        var jwt = new JsonWebToken(token);
        jwt.IssuedAt.Should().BeBefore(jwt.ValidTo);
    }

    [Test]
    public async Task WrongSignature_OnlySignatureFails()
    {
        var token = _tokens.WrongSignature();

        (await ValidateAsync(token)).Exception.Should().BeAssignableTo<SecurityTokenInvalidSignatureException>();
        (await ValidateAsync(token, p => p.SignatureValidator = (t, _) => new JsonWebToken(t))).IsValid.Should().BeTrue();
        new JsonWebToken(token).Alg.Should().Be("HS256");
    }

    [Test]
    public async Task AlgNone_UnsignedButOtherwiseValid()
    {
        var token = _tokens.AlgNone();

        new JsonWebToken(token).Alg.Should().Be("none");
        token.Should().EndWith(".");
        (await ValidateAsync(token)).IsValid.Should().BeFalse();
        (await ValidateAsync(token, p => p.RequireSignedTokens = false)).IsValid.Should().BeTrue();
    }

    [Test]
    public async Task WrongIssuer_OnlyIssuerFails()
    {
        var token = _tokens.WrongIssuer();

        (await ValidateAsync(token)).Exception.Should().BeOfType<SecurityTokenInvalidIssuerException>();
        (await ValidateAsync(token, p => p.ValidateIssuer = false)).IsValid.Should().BeTrue();
    }

    [Test]
    public async Task RefreshAsAccess_ValidSignatureButRefreshType()
    {
        var token = _tokens.RefreshAsAccess();

        (await ValidateAsync(token)).IsValid.Should().BeTrue();
        new JsonWebToken(token).GetPayloadValue<string>("token_type").Should().Be("refresh");
    }

    [Test]
    public async Task IssuedInFuture_OnlyIatIsOff()
    {
        var token = _tokens.IssuedInFuture();

        (await ValidateAsync(token)).IsValid.Should().BeTrue("only the iat rule of contract 3.2 should reject it");
        new JsonWebToken(token).IssuedAt.Should().BeAfter(DateTime.UtcNow.AddSeconds(60));
    }

    [Test]
    public void Malformed_AndGarbage_AreNotJws()
    {
        _tokens.Malformed().Split('.').Should().HaveCount(2);
        Handler.CanReadToken(_tokens.Malformed()).Should().BeFalse();
        BadTokenFactory.Garbage().Should().StartWith("garbage-").And.NotContain(".");
    }

    [Test]
    public void Tokens_ForUser_CarryItsIdentity()
    {
        var user = new TestUser
        {
            UserId = "user-42", Email = "e2e-x@netra-e2e.test", Name = "x", AccessToken = "t", AccessExpiresAt = DateTimeOffset.UtcNow,
                Mode = AuthMode.Mint,
        };

        new JsonWebToken(_tokens.Expired(user)).Subject.Should().Be("user-42");
        new JsonWebToken(_tokens.AlgNone(user)).GetPayloadValue<string>("email").Should().Be("e2e-x@netra-e2e.test");
    }

    [Test]
    public void SecretNeeded_NoSecretConfigured_FailsNamingTheVariables()
    {
        var tokens = new BadTokenFactory(LoopbackTarget.For(_server, AuthMode.Bypass, null, "k"));

        FluentActions.Invoking(() => tokens.Expired()).Should().Throw<ConfigurationException>()
            .WithMessage("*JWT_SECRET_STAGING*JWT_SECRET_KEY*E2E_BYPASS_KEY*STAGING_JWT_SECRET*");
        tokens.AlgNone().Should().NotBeNullOrEmpty();
        tokens.WrongSignature().Should().NotBeNullOrEmpty();
    }

    private static Task<TokenValidationResult> ValidateAsync(string token, Action<TokenValidationParameters>? adjust = null)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = AccessTokenClaims.ValidIssuer,
            ValidAudience = AccessTokenClaims.ValidAudience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtSecret)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.Zero,
        };
        adjust?.Invoke(parameters);
        return Handler.ValidateTokenAsync(token, parameters);
    }
}
