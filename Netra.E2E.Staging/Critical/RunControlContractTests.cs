using FluentAssertions;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Assertions;
using Netra.E2E.Shared.Contract;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

/// <summary>Run status and cancel rules of contract 4 that no row checked, and the profile's URL rules.</summary>
[Critical]
[WritesData]
public sealed class RunControlContractTests : E2ETest
{
    private async Task<string> FinishedRunAsync(Shared.Auth.TestUser user)
    {
        var run = await Api(user).ExecuteAgentAsync(ContractAgents.Triage, "quick one", Cancellation);
        run.Should().HaveStatus(200);
        return run.RequireStr("run_id");
    }

    [Test]
    [Catches("cancel-finished-200")]
    [Verifies("REST-CANCEL-5")]
    public async Task Cancel_ARunThatFinished_409()
    {
        var user = await NewUserAsync("cancelled");
        var runId = await FinishedRunAsync(user);

        var response = await Api(user).CancelAgentAsync(runId, Cancellation);

        response.Should().BeContractError(409);
    }

    [Test]
    [Catches("status-shows-other-users-runs")]
    [Verifies("REST-STATUS-8", "REST-STATUS-7")]
    public async Task Status_OfAnotherUsersOrAnUnknownRun_EmptyOr404()
    {
        var owner = await NewUserAsync("owner");
        var other = await NewUserAsync("other");
        var runId = await FinishedRunAsync(owner);

        var foreign = (await Api(other).AgentStatusAsync(runId, Cancellation)).Response;
        var unknown = (await Api(other).AgentStatusAsync("run-that-does-not-exist", Cancellation)).Response;

        foreach (var response in new[] { foreign, unknown })
        {
            response.Should().HaveStatus(200, 404);
            if (response.Status == 200)
            {
                response.Should().HaveJsonArray(string.Empty);
                response.Items(string.Empty).Should().BeEmpty("nothing of another user's run is shown; target answered {0}",
                    response.Describe());
            }
        }

        foreign.Body.Should().NotContain(runId, "the run id of another user's run is not shown; target answered {0}", foreign.Describe());
    }

    [TestCase("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [TestCase("ftp://files.example.com/avatar.png")]
    [TestCase("file:///etc/passwd")]
    [Catches("profile-data-url-accepted")]
    [Verifies("REST-PROFILE-4", "REST-PROFILE-5", "REST-PROFILE-6", "REST-PROFILE-2")]
    public async Task Profile_NonHttpUrl_422AndNothingStored(string url)
    {
        var user = await NewUserAsync("profileurl");
        const string safe = "https://example.com/avatar.png";
        (await Backend.PatchJsonAsync("/api/users/profile", new { avatar_url = safe }, user.AccessToken,
            Cancellation)).Should().HaveStatus(200);

        var refused = await Backend.PatchJsonAsync("/api/users/profile", new { avatar_url = url }, user.AccessToken, Cancellation);
        var after = await Backend.GetAsync("/api/users/profile", user.AccessToken, Cancellation);

        refused.Should().BeContractError(422);
        after.Str("avatar_url").Should().Be(safe, "a refused PATCH stores nothing; target answered {0}", after.Describe());
    }
}
