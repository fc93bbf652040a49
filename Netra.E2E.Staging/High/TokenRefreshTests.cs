using FluentAssertions;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

[High]
[WritesData]
public sealed class TokenRefreshTests : E2ETest
{
    [Test]
    [Legacy("028")]
    [Catches("refresh-reusable")]
    [Verifies("AUTH-REFRESH-1", "AUTH-REFRESH-2", "AUTH-REFRESH-3", "AUTH-REFRESH-4", "AUTH-REFRESH-5", "AUTH-REFRESH-6")]
    public async Task Refresh_RotatesSingleUseTokens_AndRefusesReuseAndAccessTokens()
    {
        var user = await NewUserWithRefreshTokenAsync("refresh");
        var original = user.RefreshToken ?? throw new AssertionException($"the target issued no refresh token for {user}");

        var first = await Auth.RefreshAsync(user, Cancellation);
        Fingerprint(first.RefreshToken).Should().NotBe(Fingerprint(original),
            "POST /auth/refresh must rotate the refresh token (contract 3), but it returned the one presented (fingerprints shown)");
        Fingerprint(first.AccessToken).Should().NotBe(Fingerprint(user.AccessToken),
            "POST /auth/refresh must issue a new access token, but it returned the old one (fingerprints shown)");

        var me = await AuthService.GetAsync("/auth/me", first.AccessToken, Cancellation);
        me.Should().HaveStatus(200);
        me.Str("user_id").Should().Be(user.UserId, "the refreshed access token must belong to the same user; target answered {0}",
            me.Describe());

        var second = await Auth.RefreshAsync(first, Cancellation);
        Fingerprint(second.RefreshToken).Should().NotBe(Fingerprint(first.RefreshToken),
            "the rotated refresh token must rotate again when used (fingerprints shown)");

        var reusedOriginal = await Auth.SendRefreshAsync(original, Cancellation);
        reusedOriginal.Status.Should().Be(401, "a refresh token already redeemed must be refused (single use); target answered {0}",
            reusedOriginal.Describe());
        reusedOriginal.Str("access_token").Should().BeNull("a reused refresh token must not yield tokens; target answered {0}",
            reusedOriginal.Describe());

        var reusedRotated = await Auth.SendRefreshAsync(first.RefreshToken!, Cancellation);
        reusedRotated.Status.Should().Be(401, "the rotated refresh token, once redeemed, must be refused too; target answered {0}",
            reusedRotated.Describe());

        var accessAsRefresh = await Auth.SendRefreshAsync(second.AccessToken, Cancellation);
        accessAsRefresh.Status.Should().Be(401, "an access token sent as refresh token must be refused; target answered {0}",
            accessAsRefresh.Describe());

        var current = await Backend.GetAsync("/api/users/profile", second.AccessToken, Cancellation);
        current.Should().HaveStatus(200);
    }

    private static string Fingerprint(string? token) => token is null ? "(none)" : "sha256:" + Secret.FingerprintOf(token);
}
