using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class SessionPersistenceTests : E2ETest
{
    [Test]
    [Legacy("021")]
    [Catches("refresh-reusable")]
    [Verifies("AUTH-REFRESH-1", "AUTH-REFRESH-2", "AUTH-REFRESH-3", "AUTH-REFRESH-4", "AUTH-REFRESH-5", "REST-THREADS-9")]
    public async Task Session_AfterRefresh_KeepsTheUserAndTheirDataAndRefusesTheSpentRefreshToken()
    {
        var user = await NewUserWithRefreshTokenAsync();
        var threadId = await CreateThreadAsync(user, "Made before the refresh");

        var refreshed = await Auth.RefreshAsync(user, Cancellation);
        // Compared as a boolean so that a failure does not print the token.
        (refreshed.RefreshToken != user.RefreshToken).Should().BeTrue(
            "refresh tokens rotate, so POST /auth/refresh must answer with a refresh token other than the one it was sent");

        var me = await AuthService.GetAsync("/auth/me", refreshed.AccessToken, Cancellation);
        me.Should().HaveStatus(200);
        me.Str("user_id").Should().Be(user.UserId, "the refreshed access token belongs to the same user; GET /auth/me answered {0}",
            me.Describe());
        me.Str("email").Should().Be(user.Email, "the refreshed access token belongs to the same user; GET /auth/me answered {0}",
            me.Describe());

        var thread = await Api(refreshed).GetThreadAsync(threadId, Cancellation);
        thread.Response.Should().HaveStatus(200);
        thread.Require().Id.Should().Be(threadId, "the thread made before the refresh is still the user's; target answered {0}",
            thread.Response.Describe());

        var socket = await ConnectWelcomedAsync(refreshed);
        var welcome = await socket.WaitForWelcomeAsync(Cancellation);
        welcome.Json.Str("data.user_id").Should().Be(user.UserId,
            "a WebSocket opened with the refreshed token belongs to the same user; welcome was {0}", welcome.Text);

        var reused = await Auth.SendRefreshAsync(user.RefreshToken!, Cancellation);
        reused.Should().HaveStatus(401);
    }
}
