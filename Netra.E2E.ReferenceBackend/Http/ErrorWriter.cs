using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>
/// The one writer of error bodies <c>{detail, error_code, request_id}</c> for every error status of both services.
/// Home of the <c>status-remap-500</c> and <c>error-leaks-internals</c> faults.
/// </summary>
internal sealed class ErrorWriter(FaultSet faults, VariantStyle style)
{
    public async Task WriteAsync(HttpContext context, ApiError error, Exception? cause, CancellationToken cancellationToken)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            context.Abort();
            return;
        }

        var status = Remap(error.Status);
        var body = new JsonObject
        {
            ["detail"] = error.Detail,
            ["error_code"] = status == error.Status ? error.Code : "INTERNAL_ERROR",
            ["request_id"] = RequestIds.Get(context),
        };
        if (faults.Has(Fault.ErrorLeaksInternals))
        {
            Leak(body, cause);
        }

        style.Decorate(body);
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(body.ToJsonString(), cancellationToken);
    }

    private int Remap(int status) =>
        faults.Has(Fault.StatusRemap500) && status is >= 400 and < 500 and not (401 or 403 or 404 or 422) ? 500 : status;

    private static void Leak(JsonObject body, Exception? cause, [CallerFilePath] string sourcePath = "")
    {
        var type = cause?.GetType().FullName ?? typeof(InvalidOperationException).FullName;
        body["detail"] = $"{body["detail"]} ({type} in {sourcePath})";
        body["exception_type"] = type;
        body["stack_trace"] = cause?.StackTrace ?? Environment.StackTrace;
        body["source_file"] = sourcePath;
    }
}
