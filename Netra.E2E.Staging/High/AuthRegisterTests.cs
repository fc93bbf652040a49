using FluentAssertions;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

/// <summary>The auth service's register and login validation rules (contract 3), each refusal with its status.</summary>
[High]
[WritesData]
public sealed class AuthRegisterTests : E2ETest
{
    private const string GoodPassword = "Correct-Horse-9";

    private Task<ApiResponse> RegisterAsync(string email, string password) =>
        AuthService.SendAsync(new ApiRequest(HttpMethod.Post, "/auth/register") { Body = new { email, password },
            AllowRetry = false }, Cancellation);

    [Test]
    [Catches("register-accepts-short-password")]
    [Verifies("AUTH-REGISTER-6", "AUTH-REGISTER-1", "AUTH-REGISTER-2", "AUTH-REGISTER-3", "AUTH-PAIR-1")]
    public async Task Register_PasswordOfSevenThenEight_422ThenAPair()
    {
        var email = E2EAuthHelper.NewEmail("shortpw");

        var seven = await RegisterAsync(email, "Abcdef1");
        var eight = await RegisterAsync(email, "Abcdef12");

        seven.Should().BeContractError(422);
        eight.Should().HaveStatus(200, 201);
        eight.Str("access_token").Should().NotBeNullOrEmpty("a registration answers a token pair; target answered {0}", eight.Describe());
        eight.Str("refresh_token").Should().NotBeNullOrEmpty("a registration answers a token pair; target answered {0}", eight.Describe());
        eight.Str("token_type").Should().Be("Bearer", "target answered {0}", eight.Describe());
        eight.Str("user.email").Should().BeEquivalentTo(email, "the pair is for the registered email; target answered {0}",
            eight.Describe());
    }

    [TestCase("no-at-sign.netra.test")]
    [TestCase("nodomain@")]
    [Catches("register-accepts-malformed-email")]
    [Verifies("AUTH-REGISTER-5")]
    public async Task Register_MalformedEmail_422(string email)
    {
        var response = await RegisterAsync(email, GoodPassword);

        response.Should().BeContractError(422);
    }

    [Test]
    [Catches("register-duplicate-200")]
    [Verifies("AUTH-REGISTER-7")]
    public async Task Register_SameEmailTwice_SecondAnswered409()
    {
        var email = E2EAuthHelper.NewEmail("dup");
        (await RegisterAsync(email, GoodPassword)).Should().HaveStatus(200, 201);

        var again = await RegisterAsync(email, "Another-Password-7");

        again.Should().BeContractError(409);
        again.Str("access_token").Should().BeNull("a duplicate registration must not hand out tokens; target answered {0}",
            again.Describe());
    }

    [Test]
    [Verifies("AUTH-REGISTER-4", "AUTH-LOGIN-4")]
    public async Task RegisterAndLogin_MissingPassword_422()
    {
        var email = E2EAuthHelper.NewEmail("nopw");

        var register = await AuthService.SendAsync(new ApiRequest(HttpMethod.Post, "/auth/register") { Body = new { email } },
            Cancellation);
        var login = await AuthService.SendAsync(new ApiRequest(HttpMethod.Post, "/auth/login") { Body = new { email } }, Cancellation);

        register.Should().BeContractError(422);
        login.Should().BeContractError(422);
    }

    [Test]
    [Catches("login-unknown-email-404")]
    [Verifies("AUTH-LOGIN-3", "HTTP-STATUS-4")]
    public async Task Login_UnregisteredEmail_401LikeAWrongPassword()
    {
        var email = E2EAuthHelper.NewEmail("ghost");

        var response = await AuthService.SendAsync(
            new ApiRequest(HttpMethod.Post, "/auth/login") { Body = new { email, password = GoodPassword }, AllowRetry = false },
                Cancellation);

        response.Should().BeContractError(401);
    }
}
