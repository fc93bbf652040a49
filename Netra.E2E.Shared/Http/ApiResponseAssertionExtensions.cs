namespace Netra.E2E.Shared.Http;

/// <summary>Entry point of <see cref="ApiResponseAssertions"/>: <c>response.Should().HaveStatus(200, 201)</c>.</summary>
public static class ApiResponseAssertionExtensions
{
    /// <summary>Starts an assertion on <paramref name="response"/>.</summary>
    public static ApiResponseAssertions Should(this ApiResponse response) => new(response);
}
