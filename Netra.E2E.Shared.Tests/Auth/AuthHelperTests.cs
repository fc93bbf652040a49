using Microsoft.IdentityModel.JsonWebTokens;
using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Tests.Auth;

[Parallelizable(ParallelScope.All)]
public sealed class AuthHelperTests : LoopbackHttpFixture
{
    [Test]
    public async Task CreateUser_RegisterMode_RegistersLogsInAndKeepsPasswordOutOfEvidence()
    {
        var (auth, log) = Helper(AuthMode.Register);

        var first = await auth.CreateAuthenticatedUserAsync("alice", CancellationToken.None);
        var second = await auth.CreateAuthenticatedUserAsync(CancellationToken.None);

        first.Email.Should().StartWith("e2e-alice-").And.EndWith("@netra-e2e.test").And.NotBe(second.Email);
        first.UserId.Should().Be("user-" + first.Email);
        first.Password.Should().NotBeNull();
        first.RefreshToken.Should().NotBeNull();
        first.AccessExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromSeconds(10));
        log.Exchanges.Select(e => $"{e.Method} {new Uri(e.Url).AbsolutePath} {e.Status}").Should().Equal(
            "POST /auth/register 201", "POST /auth/login 200", "POST /auth/register 201", "POST /auth/login 200");
        var password = Server.State.Users[first.Email];
        log.Render().Should().NotContain(password).And.Contain("\"password\":\"<secret generated password sha256:");
        first.ToString().Should().NotContain(first.AccessToken).And.NotContain(password);
    }

    [Test]
    public async Task CreateUser_BypassMode_SendsKeyAndReturnsE2EUser()
    {
        var (auth, log) = Helper(AuthMode.Bypass);

        var user = await auth.CreateAuthenticatedUserAsync("bob", CancellationToken.None);

        user.UserId.Should().StartWith("e2e-e2e-bob-");
        user.Password.Should().BeNull();
        log.Exchanges.Should().ContainSingle().Which.RequestHeaders.Should().Contain(h => h.StartsWith("X-E2E-Bypass-Key: <redacted",
            StringComparison.Ordinal));
        log.Render().Should().NotContain(LoopbackAuthOptions.Default.BypassKey!);
    }

    [Test]
    public async Task CreateUser_BypassModeWrongKey_FailsWithoutFallback()
    {
        var (auth, log) = Helper(AuthMode.Bypass, bypassKey: "wrong-bypass-key-value-123");

        var failure = await FluentActions.Awaiting(() => auth.CreateAuthenticatedUserAsync(CancellationToken.None)).Should()
            .ThrowAsync<AuthFlowException>();

        failure.Which.Message.Should()
            .StartWith("NETRA_AUTH_MODE=bypass: POST /auth/e2e/test-auth expected 200 but got POST /auth/e2e/test-auth → 401")
            .And.EndWith("The suite does not fall back to another auth mode.").And.NotContain("wrong-bypass-key-value-123");
        log.Exchanges.Should().ContainSingle("no other mode may be tried");
    }

    [Test]
    public async Task CreateUser_MintMode_SignsLocallyWithoutNetwork()
    {
        var (auth, log) = Helper(AuthMode.Mint);

        var user = await auth.CreateAuthenticatedUserAsync("carol", CancellationToken.None);

        log.HasNetworkEvidence.Should().BeFalse();
        user.UserId.Should().StartWith("e2e-mint-");
        var access = new JsonWebToken(user.AccessToken);
        access.Subject.Should().Be(user.UserId);
        access.GetPayloadValue<string>("token_type").Should().Be("access");
        user.RefreshToken.Should().BeNull("refresh tokens come only from the auth service (contract 1.2)");
    }

    [Test]
    public async Task CreateUserWithRefreshToken_MintMode_GetsARealPairFromTheAuthService()
    {
        var (auth, log) = Helper(AuthMode.Mint);

        var user = await auth.CreateUserWithRefreshTokenAsync("dave", CancellationToken.None);

        log.HasNetworkEvidence.Should().BeTrue("the pair must come from the auth service, not be signed locally");
        user.RefreshToken.Should().NotBeNullOrEmpty();
        new JsonWebToken(user.RefreshToken).GetPayloadValue<string>("token_type").Should().Be("refresh");
    }

    [Test]
    public async Task Refresh_RotatesAndOldRefreshTokenIsRefused()
    {
        var (auth, _) = Helper(AuthMode.Register);
        var user = await auth.CreateAuthenticatedUserAsync(CancellationToken.None);

        var refreshed = await auth.RefreshAsync(user, CancellationToken.None);
        var reused = await auth.SendRefreshAsync(user.RefreshToken!, CancellationToken.None);

        refreshed.UserId.Should().Be(user.UserId);
        refreshed.Password.Should().BeSameAs(user.Password);
        refreshed.RefreshToken.Should().NotBe(user.RefreshToken);
        reused.Should().HaveStatus(401);
        await FluentActions.Awaiting(() => auth.RefreshAsync(user, CancellationToken.None)).Should().ThrowAsync<AuthFlowException>()
            .WithMessage("*POST /auth/refresh → 401*");
    }

    [Test]
    public async Task Logout_SendsAccessTokenAndExpects200()
    {
        var (auth, log) = Helper(AuthMode.Register);
        var user = await auth.CreateAuthenticatedUserAsync(CancellationToken.None);

        var response = await auth.LogoutAsync(user, CancellationToken.None);

        response.Should().HaveStatus(200);
        log.Exchanges[^1].RequestHeaders.Should().Contain($"Authorization: Bearer <jwt sha256:{Secret.FingerprintOf(user.AccessToken)}>");
    }

    [Test]
    public void AuthHeaders_Subprotocol_IsBase64UrlWithoutPadding()
    {
        var entries = AuthHeaders.WebSocketSubprotocols("a.b?c>");

        entries.Should().Equal("jwt-auth", "jwt.YS5iP2M-");
        AuthHeaders.Bearer("t")["authorization"].Should().Be("Bearer t");
    }

    private (E2EAuthHelper Auth, EvidenceLog Log) Helper(AuthMode mode, string? bypassKey = null)
    {
        var target = LoopbackTarget.For(Server, mode, LoopbackAuthOptions.Default.JwtSecret,
            bypassKey ?? LoopbackAuthOptions.Default.BypassKey);
        var log = new EvidenceLog(TestContext.CurrentContext.Test.Name);
        return (new E2EAuthHelper(target, Http.CreateClient(target.AuthUrl, log)), log);
    }
}
