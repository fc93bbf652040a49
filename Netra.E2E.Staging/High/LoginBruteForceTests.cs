using System.Globalization;
using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
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
    [Verifies("HTTP-RATE-9", "HTTP-RATE-10", "AUTH-LOGIN-2")]
    public async Task Login_AfterTenFailuresForOneEmail_IsRefusedWith429AndRetryAfter()
    {
        // Login needs an account with a password whatever the run's auth mode, so this test registers its own two.
        var user = await NewPasswordUserAsync("bruteforce");
        var bystander = await NewPasswordUserAsync("bystander");

        for (var attempt = 1; attempt <= AllowedFailures; attempt++)
        {
            var failed = await Auth.SendLoginAsync(user, "wrong-password-" + attempt.ToString(CultureInfo.InvariantCulture), Cancellation);
            failed.Status.Should().Be(401,
                "failed login {0} of the {1} the contract allows per email per minute must be answered 401; target answered {2}", attempt,
                    AllowedFailures, failed.Describe());
        }

        var limited = await Auth.SendLoginAsync(user, "wrong-password-11", Cancellation);
        limited.Status.Should().Be(429, "the 11th failed login for one email within a minute must be refused with 429; target answered {0}",
            limited.Describe());
        var retryAfter = limited.Header("Retry-After");
        int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds).Should().BeTrue(
            "the 429 must carry Retry-After in seconds; it was {0}: {1}", retryAfter ?? "absent", limited.Describe());
        seconds.Should().BeInRange(1, 60, "the lockout lasts at most the one-minute window; Retry-After was {0}", retryAfter);
        limited.Should().BeContractError(429);

        // Locked out means the password is no longer checked, or the limit would still let a guesser find it.
        var correctWhileLocked = await Auth.SendLoginAsync(user, null, Cancellation);
        correctWhileLocked.Status.Should().Be(429, "during the lockout even the right password must get 429; target answered {0}",
            correctWhileLocked.Describe());

        var other = await Auth.SendLoginAsync(bystander, null, Cancellation);
        other.Status.Should().Be(200, "the limit is per email: another account must still log in; target answered {0}", other.Describe());
    }
}
