using FluentAssertions;
using FluentAssertions.Execution;
using Microsoft.IdentityModel.JsonWebTokens;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

/// <summary>The E2E bypass endpoint with the right key (contract 3, <c>POST /auth/e2e/test-auth</c>): the pair it answers and
/// whose it is. Not applicable when the run has no bypass key.</summary>
[High]
[WritesData]
public sealed class AuthBypassPairTests : E2ETest
{
    [Test]
    [Verifies("AUTH-BYPASS-1", "AUTH-BYPASS-2")]
    public async Task Bypass_WithTheRightKey_PairForTheEmailSent_UserIdIsE2eLocalPart()
    {
        RequireBypassKey();
        var email = E2EAuthHelper.NewEmail("bypass");
        var expectedId = "e2e-" + email[..email.IndexOf('@', StringComparison.Ordinal)];

        var response = await Auth.SendBypassAsync(new { email, name = "E2E bypass" }, Cancellation);

        response.Should().HaveStatus(200);
        var access = response.RequireStr("access_token");
        using (new AssertionScope())
        {
            response.Str("refresh_token").Should().NotBeNullOrEmpty("a pair carries a refresh token; target answered {0}",
                response.Describe());
            response.Str("user.email").Should().Be(email, "the pair is for the email sent; target answered {0}", response.Describe());
            new JsonWebToken(access).GetPayloadValue<string>("email").Should().Be(email,
                "the access token is for the email sent; target answered {0}", response.Describe());
            response.Str("user.id").Should().Be(expectedId, "the user id is e2e- and the email's local part; target answered {0}",
                response.Describe());
            new JsonWebToken(access).Subject.Should().Be(expectedId, "the token's sub is e2e- and the email's local part; " +
                "target answered {0}", response.Describe());
        }
    }

    [Test]
    [Verifies("AUTH-BYPASS-3")]
    public async Task Bypass_WithTheRightKeyAndAnEmptyObject_AnsweredWithAPair()
    {
        RequireBypassKey();

        var response = await Auth.SendBypassAsync(new { }, Cancellation);

        response.Should().HaveStatus(200);
        response.Str("access_token").Should().NotBeNullOrEmpty("an empty body still gets a pair; target answered {0}",
            response.Describe());
        response.Str("refresh_token").Should().NotBeNullOrEmpty("an empty body still gets a pair; target answered {0}",
            response.Describe());
        var me = await AuthService.GetAsync("/auth/me", response.RequireStr("access_token"), Cancellation);
        me.Should().HaveStatus(200);
    }

    private static void RequireBypassKey()
    {
        if (Settings.BypassKey is null)
        {
            NotApplicable("the run has no bypass key (E2E_BYPASS_KEY), so the bypass endpoint cannot be called with the right key.");
        }
    }
}
