namespace Netra.E2E.ReferenceBackend.Http;

/// <summary>Thrown by a handler to answer with an <see cref="ApiError"/>; the error middleware writes it.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(ApiError error)
        : base(error.Detail) => Error = error;

    public ApiException()
        : this(ApiError.Internal())
    {
    }

    public ApiException(string message)
        : this(ApiError.BadRequest(message))
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException) => Error = ApiError.BadRequest(message);

    public ApiError Error { get; }
}
