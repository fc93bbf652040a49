using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Tests.Http;

[Parallelizable(ParallelScope.All)]
public sealed class ContractErrorAssertionTests : LoopbackHttpFixture
{
    private Task<ApiResponse> GetAsync(string variant) =>
        Http.CreateClient(Server.BaseUrl, new EvidenceLog(variant)).GetAsync($"/error/{variant}", CancellationToken.None);

    [TestCase("message")]
    [TestCase("field-list")]
    public async Task BeContractError_WithTheContractBody_Passes(string variant)
    {
        var response = await GetAsync(variant);

        response.Should().BeContractError(422);
    }

    [TestCase("as-text", "Expected a JSON error body but the media type was text/plain")]
    [TestCase("no-code", "Expected the error body to carry an error_code")]
    [TestCase("other-id", "Expected the error body's request_id to be the response's X-Request-ID (req-loopback-1)")]
    public async Task BeContractError_WithABrokenBody_FailsNamingTheDefect(string variant, string expected)
    {
        var response = await GetAsync(variant);

        var failure = FluentActions.Invoking(() => response.Should().BeContractError(422)).Should().Throw<AssertionException>().Which;

        failure.Message.Should().StartWith(expected + "; got GET /error/" + variant + " → 422");
    }

    [Test]
    public async Task BeContractError_WithAnotherStatus_FailsOnTheStatus()
    {
        var response = await GetAsync("message");

        FluentActions.Invoking(() => response.Should().BeContractError(404)).Should().Throw<AssertionException>()
            .WithMessage("Expected status 404; got GET /error/message → 422*");
    }
}
