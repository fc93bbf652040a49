using System.Text.Json;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Staging.Critical;

internal static class RestErrorExpectations
{
    // Contract 2: an error answers one of the allowed statuses with {detail, error_code, request_id}; detail may be a
    // list of field errors on 422, and request_id is the request's X-Request-ID.
    public static void ShouldBeContractError(this ApiResponse response, params int[] statuses)
    {
        response.Should().HaveStatus(statuses);
        var detail = response.Get("detail");
        var hasDetail = detail is { ValueKind: JsonValueKind.String } text ? !string.IsNullOrWhiteSpace(text.GetString())
            : detail is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0;
        hasDetail.Should().BeTrue("an error body must carry a detail (contract 2); got {0}", response.Describe());
        response.Str("error_code").Should().NotBeNullOrWhiteSpace("an error body must carry an error_code (contract 2); got {0}", response.Describe());
        response.Str("request_id").Should().NotBeNullOrWhiteSpace("an error body must carry a request_id (contract 2); got {0}", response.Describe());
        response.Str("request_id").Should().Be(
            response.RequestId, "the error body's request_id must be the response's X-Request-ID; got {0}", response.Describe());
    }
}
