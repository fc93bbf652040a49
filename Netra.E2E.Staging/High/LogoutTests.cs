using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.High;

[High]
[WritesData]
public sealed class LogoutTests : E2ETest
{
    [Test]
    [Legacy("030")]
    [Catches("logout-keeps-token")]
    [Verifies("AUTH-LOGOUT-1", "AUTH-LOGOUT-2", "AUTH-LOGOUT-3", "AUTH-LOGOUT-4", "AUTH-LOGOUT-5", "TOKEN-REJECT-8", "AUTH-VALIDATE-1")]
    public async Task Logout_RevokesTheAccessToken_OnRestWebSocketAndValidate()
    {
        var user = await NewUserAsync("logout");

        var before = await Backend.GetAsync("/api/users/profile", user.AccessToken, Cancellation);
        before.Should().HaveStatus(200);
        var validBefore = await AuthService.PostJsonAsync("/auth/validate", new { token = user.AccessToken }, Cancellation);
        validBefore.Should().HaveStatus(200);
        validBefore.Bool("valid").Should().BeTrue("/auth/validate must accept the fresh token; target answered {0}",
            validBefore.Describe());
        validBefore.Str("user_id").Should().Be(user.UserId, "/auth/validate must name the token's user; target answered {0}",
            validBefore.Describe());
        await ConnectWelcomedAsync(user);

        await Auth.LogoutAsync(user, Cancellation);

        var rest = await Backend.GetAsync("/api/users/profile", user.AccessToken, Cancellation);
        rest.Status.Should().Be(401, "REST must refuse an access token after logout; target answered {0}", rest.Describe());
        var me = await AuthService.GetAsync("/auth/me", user.AccessToken, Cancellation);
        me.Status.Should().Be(401, "/auth/me must refuse an access token after logout; target answered {0}", me.Describe());
        var validAfter = await AuthService.PostJsonAsync("/auth/validate", new { token = user.AccessToken }, Cancellation);
        validAfter.Should().HaveStatus(200);
        validAfter.Bool("valid").Should().BeFalse("/auth/validate must say valid:false after logout; target answered {0}",
            validAfter.Describe());
        validAfter.Str("error").Should().NotBeNullOrWhiteSpace("valid:false must come with an error; target answered {0}",
            validAfter.Describe());
        await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(user.AccessToken));
    }
}
