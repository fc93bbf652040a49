using FluentAssertions;
using Microsoft.IdentityModel.JsonWebTokens;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.High;

[High]
[WritesData]
public sealed class TokenExpiryTests : E2ETest
{
    private const string ProtectedPath = "/api/users/profile";

    // exp has one-second resolution; this margin also covers a small clock difference between the suite and the target.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(1);

    [Test]
    [Legacy("029")]
    [Catches("rest-accepts-expired")]
    [Verifies("TOKEN-REJECT-4", "REST-AUTH-3", "WS-AUTH-3")]
    public async Task Token_AfterItsExpiry_IsRefusedOnRestAndWebSocket()
    {
        var user = await NewUserAsync("expiry");

        var expired = Auth.BadTokens.Expired(user);
        var expiredRest = await Backend.GetAsync(ProtectedPath, expired, Cancellation);
        expiredRest.Status.Should().Be(401, "REST must refuse a token that expired an hour ago; target answered {0}",
            expiredRest.Describe());
        await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(expired));

        var shortLived = Auth.BadTokens.ExpiringIn(TimeSpan.FromSeconds(5), user);
        var expiresAt = new DateTimeOffset(new JsonWebToken(shortLived).ValidTo, TimeSpan.Zero);

        var beforeRest = await Backend.GetAsync(ProtectedPath, shortLived, Cancellation);
        beforeRest.Should().HaveStatus(200);
        var socket = await ConnectAsync(WebSocketConnectOptions.WithToken(shortLived));
        await socket.WaitForWelcomeAsync(Cancellation);
        DateTimeOffset.UtcNow.Should().BeBefore(expiresAt,
            "the checks of the still-valid token must finish before it expires, or they prove nothing");

        // The condition is an instant: the token's own exp. Waiting until then (plus the margin) is waiting for the condition itself.
        var remaining = expiresAt + ExpiryMargin - DateTimeOffset.UtcNow;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, Cancellation);
        }

        var afterRest = await Backend.GetAsync(ProtectedPath, shortLived, Cancellation);
        afterRest.Status.Should().Be(401,
            "REST must refuse the token once its exp ({0:O}) has passed; at {1:O} target answered {2}", expiresAt, DateTimeOffset.UtcNow,
                afterRest.Describe());
        await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(shortLived));
    }
}
