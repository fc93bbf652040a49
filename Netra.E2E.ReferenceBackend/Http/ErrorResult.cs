namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>An <see cref="IResult"/> that answers with an <see cref="ApiError"/> through the one error writer.</summary>
internal sealed class ErrorResult(ApiError error) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<ErrorWriter>().WriteAsync(httpContext, error, null, httpContext.RequestAborted);
}
