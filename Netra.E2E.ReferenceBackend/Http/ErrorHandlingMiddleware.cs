namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>Turns every exception into the contract error body: ApiException as given, anything else 500.</summary>
internal sealed partial class ErrorHandlingMiddleware(RequestDelegate next, ErrorWriter writer, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiException ex)
        {
            await writer.WriteAsync(context, ex.Error, ex, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            await writer.WriteAsync(context, ApiError.ForStatus(ex.StatusCode), ex, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogUnhandled(logger, ex, context.Request.Path);
            await writer.WriteAsync(context, ApiError.Internal(), ex, context.RequestAborted);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, PathString path);
}
