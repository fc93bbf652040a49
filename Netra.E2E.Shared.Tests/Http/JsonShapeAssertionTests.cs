using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Tests.Loopback;

namespace Netra.E2E.Shared.Tests.Http;

[Parallelizable(ParallelScope.All)]
public sealed class JsonShapeAssertionTests : LoopbackHttpFixture
{
    private Task<ApiResponse> GetAsync(string path) =>
        Http.CreateClient(Server.BaseUrl, new EvidenceLog("shapes")).GetAsync(path, CancellationToken.None);

    [Test]
    public async Task HaveJsonKind_OfTheRightKind_Passes()
    {
        var response = await GetAsync("/shapes");

        response.Should().HaveJsonNumber("n").And.HaveJsonObject("o").And.HaveJsonArray("a").And.HaveJsonObject(string.Empty)
            .And.HaveJsonBoolean("t").And.HaveJsonBoolean("f");
        response.Texts("a").Should().Equal("1", "x");
    }

    [Test]
    public async Task HaveJsonNumber_OfAString_FailsShowingWhatItWas()
    {
        var response = await GetAsync("/shapes");

        FluentActions.Invoking(() => response.Should().HaveJsonNumber("s")).Should().Throw<AssertionException>()
            .WithMessage("Expected JSON 's' to be a number but it was string \"text\"; got GET /shapes → 200*");
    }

    [TestCase("s", "string \"text\"")]
    [TestCase("n", "number 1.5")]
    [TestCase("missing", "missing")]
    public async Task HaveJsonBoolean_OfAnythingElse_FailsShowingWhatItWas(string path, string was)
    {
        var response = await GetAsync("/shapes");

        FluentActions.Invoking(() => response.Should().HaveJsonBoolean(path)).Should().Throw<AssertionException>()
            .WithMessage($"Expected JSON '{path}' to be a boolean but it was {was}*");
    }

    [Test]
    public async Task HaveJsonArray_OfAMissingValue_FailsSayingMissing()
    {
        var response = await GetAsync("/shapes");

        FluentActions.Invoking(() => response.Should().HaveJsonArray("list")).Should().Throw<AssertionException>()
            .WithMessage("Expected JSON 'list' to be a list but it was missing*");
    }

    [Test]
    public async Task NotLeakInternals_OfABodyWithAStackField_FailsNamingIt()
    {
        var response = await GetAsync("/leaky");

        FluentActions.Invoking(() => response.Should().NotLeakInternals()).Should().Throw<AssertionException>()
            .WithMessage("*found $.stack: a field named like internals*");
    }
}
