namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>An error answer of contract 2: status, machine-readable code and a human detail (never internals).</summary>
internal sealed record ApiError(int Status, string Code, string Detail)
{
    public static ApiError BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "BAD_REQUEST", detail);

    public static ApiError Unauthorized(string detail) => new(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", detail);

    public static ApiError Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "FORBIDDEN", detail);

    public static ApiError NotFound(string detail) => new(StatusCodes.Status404NotFound, "NOT_FOUND", detail);

    public static ApiError Conflict(string detail) => new(StatusCodes.Status409Conflict, "CONFLICT", detail);

    public static ApiError Validation(string detail) => new(StatusCodes.Status422UnprocessableEntity, "VALIDATION_ERROR", detail);

    public static ApiError TooManyRequests(string detail) => new(StatusCodes.Status429TooManyRequests, "RATE_LIMITED", detail);

    public static ApiError Internal() => new(StatusCodes.Status500InternalServerError, "INTERNAL_ERROR", "An internal error occurred.");

    public static ApiError Unavailable(string detail) => new(StatusCodes.Status503ServiceUnavailable, "SERVICE_UNAVAILABLE", detail);

    /// <summary>The generic error for a status the framework produced without a body (404, 405, 400, 413...).</summary>
    public static ApiError ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest("The request is malformed."),
        StatusCodes.Status401Unauthorized => Unauthorized("Authentication required."),
        StatusCodes.Status403Forbidden => Forbidden("Access denied."),
        StatusCodes.Status404NotFound => NotFound("The requested resource was not found."),
        StatusCodes.Status405MethodNotAllowed => new(status, "METHOD_NOT_ALLOWED", "The method is not allowed for this resource."),
        StatusCodes.Status413PayloadTooLarge => new(status, "PAYLOAD_TOO_LARGE", "The request body is too large."),
        StatusCodes.Status415UnsupportedMediaType => new(status, "UNSUPPORTED_MEDIA_TYPE", "The content type is not supported."),
        StatusCodes.Status422UnprocessableEntity => Validation("The request failed validation."),
        StatusCodes.Status429TooManyRequests => TooManyRequests("Too many requests."),
        StatusCodes.Status503ServiceUnavailable => Unavailable("The service is unavailable."),
        >= 500 => new(status, "INTERNAL_ERROR", "An internal error occurred."),
        _ => new(status, "HTTP_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture), "The request could not be served."),
    };
}
