using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed class ErrorHandlingTests : E2ETest
{
    [Test]
    [Legacy("019")]
    [Catches("error-leaks-internals")]
    [Verifies("HTTP-STATUS-1", "HTTP-ERROR-4", "HTTP-REQID-1", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task Api_UnknownPath_Is404WithTheErrorBodyAndNoInternals()
    {
        var user = await NewUserAsync();
        var response = await SendAsync(HttpMethod.Get, $"/api/e2e-no-such-endpoint-{Guid.NewGuid():N}", null, user.AccessToken);
        ShouldBeContractErrorWithoutInternals(response, 404);
    }

    [Test]
    [Legacy("019")]
    [Catches("error-leaks-internals", "status-remap-500")]
    [Verifies("HTTP-STATUS-2", "HTTP-ERROR-4", "HTTP-REQID-1", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task Api_WrongMethod_Is405WithTheErrorBodyAndNoInternals()
    {
        var user = await NewUserAsync();
        var response = await SendAsync(HttpMethod.Delete, "/api/config/public", null, user.AccessToken);
        ShouldBeContractErrorWithoutInternals(response, 405);
    }

    [Test]
    [Legacy("019")]
    [Catches("error-leaks-internals")]
    [Verifies("HTTP-STATUS-3", "HTTP-ERROR-4", "HTTP-REQID-1", "REST-THREADS-4", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task Api_InvalidBody_Is422WithTheErrorBodyAndNoInternals()
    {
        var user = await NewUserAsync();
        var response = await WithRequestIdAsync(async headers =>
            (await Api(user).WithHeaders(headers).CreateThreadAsync(new string('t', 201), null, Cancellation)).Response);
        ShouldBeContractErrorWithoutInternals(response, 422);
    }

    private Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body, string bearer) =>
        WithRequestIdAsync(headers => Backend.SendAsync(method, path, body, bearer, headers, Cancellation));

    /// <summary>Sends with a fresh <c>X-Request-ID</c> of 128 characters and checks that the answer echoes it.</summary>
    private static async Task<ApiResponse> WithRequestIdAsync(Func<IReadOnlyDictionary<string, string>, Task<ApiResponse>> send)
    {
        // The longest id the contract echoes (128 characters of [A-Za-z0-9_-]), so a target that cuts or drops it at the
        // boundary fails here.
        var requestId = ("e2e-_" + string.Concat(Enumerable.Repeat(Guid.NewGuid().ToString("N"), 4)))[..128];
        var response = await send(new Dictionary<string, string> { ["X-Request-ID"] = requestId });
        response.RequestId.Should().Be(requestId, "X-Request-ID must be echoed when the request sends one; target answered {0}",
            response.Describe());
        return response;
    }

    private static void ShouldBeContractErrorWithoutInternals(ApiResponse response, int status) =>
        response.Should().BeContractError(status).And.NotLeakInternals();
}
