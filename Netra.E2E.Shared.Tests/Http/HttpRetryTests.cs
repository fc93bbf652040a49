using System.Diagnostics;
using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Tests.Http;

[Parallelizable(ParallelScope.All)]
public sealed class HttpRetryTests : LoopbackHttpFixture
{
    protected override NetraHttpOptions HttpOptions => new NetraHttpOptions { RequestTimeout = TimeSpan.FromSeconds(1),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20), RetryAfterCap = TimeSpan.FromSeconds(2) };

    [Test]
    public async Task Get_503Then200_RetriedOnceAndLedgerRecordsIt()
    {
        var (client, log) = Client();

        var response = await client.GetAsync($"/flaky/{Key()}/1/503", CancellationToken.None);

        response.Should().HaveStatus(200);
        response.Attempts.Should().Be(2);
        log.Retries.Should().ContainSingle().Which.Reason.Should().StartWith("503");
        log.RetrySummary.Should().Contain("attempt 1 got 503 Service Unavailable");
        log.Exchanges.Should().ContainSingle().Which.Attempts.Should().Be(2);
    }

    [TestCase(502)]
    [TestCase(504)]
    [TestCase(408)]
    public async Task Get_OtherTransientStatus_Retried(int status)
    {
        var (client, _) = Client();

        var response = await client.GetAsync($"/flaky/{Key()}/1/{status}", CancellationToken.None);

        response.Should().HaveStatus(200);
        response.Attempts.Should().Be(2);
    }

    [Test]
    public async Task Get_500_NotRetried()
    {
        var (client, log) = Client();

        var response = await client.GetAsync($"/flaky/{Key()}/1/500", CancellationToken.None);

        response.Should().HaveStatus(500);
        log.Retries.Should().BeEmpty();
    }

    [Test]
    public async Task Post_503_NotRetried()
    {
        var (client, log) = Client();

        var response = await client.PostJsonAsync($"/flaky/{Key()}/1/503", new { a = 1 }, CancellationToken.None);

        response.Should().HaveStatus(503);
        response.Attempts.Should().Be(1);
        log.Retries.Should().BeEmpty();
    }

    [Test]
    public async Task PostWithIdempotencyKey_503Then200_Retried()
    {
        var (client, _) = Client();
        var request = new ApiRequest(HttpMethod.Post, $"/flaky/{Key()}/1/503") { Headers = new Dictionary<string,
            string> { ["Idempotency-Key"] = Key() } };

        var response = await client.SendAsync(request, CancellationToken.None);

        response.Should().HaveStatus(200);
        response.Attempts.Should().Be(2);
    }

    [Test]
    public async Task Get_RetryNotAllowed_Sees503()
    {
        var (client, log) = Client();

        var response = await client.SendAsync(new ApiRequest(HttpMethod.Get, $"/flaky/{Key()}/1/503") { AllowRetry = false },
            CancellationToken.None);

        response.Should().HaveStatus(503);
        log.Retries.Should().BeEmpty();
    }

    [Test]
    public async Task Get_429WithRetryAfterWithinCap_WaitsThatLongThenSucceeds()
    {
        var (client, log) = Client();
        var clock = Stopwatch.StartNew();

        var response = await client.GetAsync($"/throttle/{Key()}/1", CancellationToken.None);

        response.Should().HaveStatus(200);
        // Retry-After is 1 s; 50 ms of slack covers a timer that fires a tick (1 to 16 ms) early.
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        log.Retries.Should().ContainSingle().Which.Reason.Should().Be("429 Too Many Requests with Retry-After 1 s");
        log.Retries[0].Delay.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Test]
    public async Task Get_429WithRetryAfterOverCap_Returns429WithoutWaiting()
    {
        var (client, log) = Client();
        var clock = Stopwatch.StartNew();

        var response = await client.GetAsync($"/throttle/{Key()}/60", CancellationToken.None);

        response.Should().HaveStatus(429).And.HaveHeader("Retry-After", "60");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        log.Retries.Should().BeEmpty();
    }

    [Test]
    public async Task Get_ClosedPort_FailsFastNamingTheCause()
    {
        var log = new EvidenceLog("closed-port");
        var client = Http.CreateClient(ClosedPort.Url("http"), log);
        var clock = Stopwatch.StartNew();

        var failure = await FluentActions.Awaiting(() => client.GetAsync("/health",
            CancellationToken.None)).Should().ThrowAsync<ApiRequestException>();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
        failure.Which.Message.Should().StartWith("GET http://127.0.0.1:")
            .And.Contain("/health: connection failed (refused, reset or unreachable)").And.EndWith("(after 3 attempts).");
        log.Retries.Should().HaveCount(2);
        log.Exchanges.Should().ContainSingle().Which.Error.Should().Contain("connection failed");
    }

    [Test]
    public async Task Get_ServerNeverAnswers_FailsWithinAttemptDeadlinePlusSlack()
    {
        var (client, log) = Client();
        var clock = Stopwatch.StartNew();

        var failure = await FluentActions.Awaiting(() => client.GetAsync("/hang",
            CancellationToken.None)).Should().ThrowAsync<ApiRequestException>();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1) + LoadSlack.Bound);
        failure.Which.Message.Should().Contain("no answer within 1 s (attempt deadline)");
        log.Exchanges.Should().ContainSingle().Which.Status.Should().BeNull();
    }

    [Test]
    public async Task Get_TestTokenCancelled_CancelsAndRecords()
    {
        var (client, log) = Client();
        using var test = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await FluentActions.Awaiting(() => client.GetAsync("/hang", test.Token)).Should().ThrowAsync<OperationCanceledException>();

        log.Exchanges.Should().ContainSingle().Which.Error.Should().Contain("cancelled by the test's deadline");
    }

    private static string Key() => Guid.NewGuid().ToString("N");

    private (NetraApiClient Client, EvidenceLog Log) Client()
    {
        var log = new EvidenceLog(TestContext.CurrentContext.Test.Name);
        return (Http.CreateClient(Server.BaseUrl, log), log);
    }
}
