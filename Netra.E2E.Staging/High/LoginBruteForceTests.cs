using System.Globalization;
using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

[High]
[WritesData]
public sealed class LoginBruteForceTests : E2ETest
{
    private const int AllowedFailures = 10;

    [Test]
    [Legacy("034")]
    [Catches("no-rate-limit")]
    public async Task Login_AfterTenFailuresForOneEmail_IsRefusedWith429AndRetryAfter()
    {
        // Login needs an account with a password whatever the run's auth mode, so this test registers its own.
        var email = E2EAuthHelper.NewEmail("bruteforce");
        var password = new Secret("E2e!" + Guid.NewGuid().ToString("N"), "generated password");
        Evidence.RegisterSecret(password);
        var bystanderEmail = E2EAuthHelper.NewEmail("bystander");
        foreach (var address in new[] { email, bystanderEmail })
        {
            var registered = await AuthService.PostJsonAsync("/auth/register", new { email = address, password = password.Reveal() }, Cancellation);
            registered.Should().HaveStatus(200, 201);
        }

        for (var attempt = 1; attempt <= AllowedFailures; attempt++)
        {
            var failed = await LoginAsync(email, "wrong-password-" + attempt.ToString(CultureInfo.InvariantCulture));
            failed.Status.Should().Be(401,
                "failed login {0} of the {1} the contract allows per email per minute must be answered 401; target answered {2}", attempt, AllowedFailures, failed.Describe());
        }

        var limited = await LoginAsync(email, "wrong-password-11");
        limited.Status.Should().Be(429, "the 11th failed login for one email within a minute must be refused with 429; target answered {0}", limited.Describe());
        var retryAfter = limited.Header("Retry-After");
        int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds).Should().BeTrue(
            "the 429 must carry Retry-After in seconds; it was {0}: {1}", retryAfter ?? "absent", limited.Describe());
        seconds.Should().BeInRange(1, 60, "the lockout lasts at most the one-minute window; Retry-After was {0}", retryAfter);
        limited.Should().BeContractError(429);

        // Locked out means the password is no longer checked, or the limit would still let a guesser find it.
        var correctWhileLocked = await LoginAsync(email, password.Reveal());
        correctWhileLocked.Status.Should().Be(429, "during the lockout even the right password must get 429; target answered {0}", correctWhileLocked.Describe());

        var bystander = await LoginAsync(bystanderEmail, password.Reveal());
        bystander.Status.Should().Be(200, "the limit is per email: another account must still log in; target answered {0}", bystander.Describe());
    }

    private Task<ApiResponse> LoginAsync(string email, string password) =>
        AuthService.SendAsync(new ApiRequest(HttpMethod.Post, "/auth/login") { Body = new { email, password }, AllowRetry = false }, Cancellation);
}
