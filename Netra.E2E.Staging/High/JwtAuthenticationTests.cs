using FluentAssertions.Execution;
using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

[High]
[WritesData]
public sealed class JwtAuthenticationTests : E2ETest
{
    private const string ProtectedPath = "/api/users/profile";

    [Test]
    [Legacy("026")]
    [Catches("rest-accepts-expired", "rest-accepts-unsigned")]
    [Verifies("REST-AUTH-1", "REST-AUTH-2", "REST-AUTH-3", "REST-AUTH-4", "TOKEN-REJECT-1", "TOKEN-REJECT-3", "TOKEN-REJECT-4",
        "TOKEN-REJECT-6", "TOKEN-REJECT-7")]
    public async Task Rest_WithEachKindOfBadToken_IsRefusedWith401()
    {
        var user = await NewUserAsync("jwt");

        var valid = await Backend.GetAsync(ProtectedPath, user.AccessToken, Cancellation);
        valid.Should().HaveStatus(200);
        valid.Str("user_id").Should().Be(user.UserId, "the profile must be the token subject's; target answered {0}", valid.Describe());

        var missing = await Backend.GetAsync(ProtectedPath, Cancellation);
        missing.Should().HaveStatus(401, 403);

        // Each token is for the same user and wrong in exactly one way, so an accepted one names its defect.
        var bad = new Dictionary<string, string>
        {
            ["expired an hour ago"] = Auth.BadTokens.Expired(user),
            ["signed with a key that is not the target's"] = Auth.BadTokens.WrongSignature(user),
            ["with alg:none and no signature"] = Auth.BadTokens.AlgNone(user),
            ["issued by netra-auth-service-impostor"] = Auth.BadTokens.WrongIssuer(user),
            ["of token_type refresh presented as access"] = Auth.BadTokens.RefreshAsAccess(user),
        };
        var answers = new List<(string Kind, ApiResponse Response)>();
        foreach (var (kind, token) in bad)
        {
            answers.Add((kind, await Backend.GetAsync(ProtectedPath, token, Cancellation)));
        }

        using (new AssertionScope())
        {
            foreach (var (kind, response) in answers)
            {
                response.Status.Should().Be(401, "REST must refuse a token {0} (contract 3.2, 4); target answered {1}", kind,
                    response.Describe());
                response.Str("user_id").Should().BeNull("a refused token must not yield the user's profile; target answered {0}",
                    response.Describe());
            }
        }
    }
}
