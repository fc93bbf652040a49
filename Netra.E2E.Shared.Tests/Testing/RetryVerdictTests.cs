using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.Tests.Loopback;

namespace Netra.E2E.Shared.Tests.Testing;

/// <summary>A test that passed only after HTTP retries is flaky: marked in its output, or failed with NETRA_E2E_FAIL_ON_FLAKY.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RetryVerdictTests : LoopbackHttpFixture
{
    protected override NetraHttpOptions HttpOptions =>
        new() { RequestTimeout = TimeSpan.FromSeconds(1), RetryBaseDelay = TimeSpan.FromMilliseconds(20) };

    [Test]
    public async Task Apply_PassedAfterRetryWithFailOnFlaky_FailsTheTest()
    {
        var log = await RetriedOnceAsync();
        using var output = new StringWriter();

        var failure = await FluentActions.Awaiting(() => RetryVerdict.ApplyAsync(log, passed: true, failOnFlaky: true, output))
            .Should().ThrowAsync<AssertionException>();

        failure.Which.Message.Should().StartWith("flaky: the test passed only after HTTP retries, and NETRA_E2E_FAIL_ON_FLAKY=true")
            .And.Contain("503");
        output.ToString().Should().NotContain(RetryVerdict.FlakyMarker);
    }

    [Test]
    public async Task Apply_PassedAfterRetryWithoutTheFlag_WritesOneFlakyMarkerLine()
    {
        var log = await RetriedOnceAsync();
        using var output = new StringWriter();

        await RetryVerdict.ApplyAsync(log, passed: true, failOnFlaky: false, output);

        output.ToString().Should().StartWith("NETRA-E2E-FLAKY: PASSED ONLY AFTER RETRIES: ").And.Contain("503");
        output.ToString().Split(RetryVerdict.FlakyMarker).Should().HaveCount(2, "one marker per flaky test, so CI can count them");
    }

    [Test]
    public async Task Apply_FailedAfterRetry_ListsRetriesWithoutTheMarker()
    {
        var log = await RetriedOnceAsync();
        using var output = new StringWriter();

        await RetryVerdict.ApplyAsync(log, passed: false, failOnFlaky: true, output);

        output.ToString().Should().StartWith("RETRIES: ").And.NotContain(RetryVerdict.FlakyMarker);
    }

    [Test]
    public async Task Apply_NoRetries_NeitherWritesNorFails()
    {
        var log = new EvidenceLog(TestContext.CurrentContext.Test.Name);
        var response = await Http.CreateClient(Server.BaseUrl, log).GetAsync($"/flaky/{Guid.NewGuid():N}/0/503", CancellationToken.None);
        using var output = new StringWriter();

        await RetryVerdict.ApplyAsync(log, passed: true, failOnFlaky: true, output);

        response.Should().HaveStatus(200);
        output.ToString().Should().BeEmpty();
    }

    /// <summary>A GET the loopback server answers 503 once and then 200, so the client retries once.</summary>
    private async Task<EvidenceLog> RetriedOnceAsync()
    {
        var log = new EvidenceLog(TestContext.CurrentContext.Test.Name);
        var response = await Http.CreateClient(Server.BaseUrl, log).GetAsync($"/flaky/{Guid.NewGuid():N}/1/503", CancellationToken.None);
        response.Should().HaveStatus(200);
        log.Retries.Should().ContainSingle();
        return log;
    }
}
