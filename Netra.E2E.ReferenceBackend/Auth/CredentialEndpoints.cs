using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// <c>/auth/register</c>, <c>/auth/login</c> and <c>/auth/refresh</c> (contract 3). Home of the register-* faults and
/// <c>login-unknown-email-404</c>.
/// </summary>
internal static class CredentialEndpoints
{
    public static void MapCredentialEndpoints(this WebApplication app)
    {
        app.MapPost("/auth/register", RegisterAsync);
        app.MapPost("/auth/login", LoginAsync);
        app.MapPost("/auth/refresh", RefreshAsync);
    }

    private static async Task<IResult> RegisterAsync(
        HttpContext context, UserStore users, TokenIssuer issuer, FaultSet faults, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var email = JsonBody.RequiredString(body, "email").Trim();
        var password = JsonBody.RequiredString(body, "password");
        var name = JsonBody.OptionalString(body, "name")?.Trim();
        if (!EmailAddress.IsValid(email) && !faults.Has(Fault.RegisterAcceptsMalformedEmail))
        {
            throw JsonBody.Invalid("Field 'email' is not a valid email address.");
        }

        if (password.Length < 8 && !faults.Has(Fault.RegisterAcceptsShortPassword))
        {
            throw JsonBody.Invalid("Field 'password' must be at least 8 characters.");
        }

        if (name is { Length: > 200 })
        {
            throw JsonBody.Invalid("Field 'name' must be at most 200 characters.");
        }

        var displayName = string.IsNullOrEmpty(name) ? UserStore.LocalPart(email) : name;
        if (!users.TryRegister(email, displayName, password, out var user))
        {
            if (faults.Has(Fault.RegisterDuplicate200))
            {
                return Results.Json(issuer.IssuePair(user));
            }

            throw new ApiException(ApiError.Conflict("An account with this email already exists."));
        }

        return Results.Json(issuer.IssuePair(user), statusCode: users.Style.CreatedStatus);
    }

    private static async Task<IResult> LoginAsync(
        HttpContext context, UserStore users, TokenIssuer issuer, LoginThrottle throttle, FaultSet faults,
            CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var email = JsonBody.RequiredString(body, "email").Trim();
        var password = JsonBody.RequiredString(body, "password");
        if (throttle.RetryAfterSeconds(email) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new ApiException(ApiError.TooManyRequests("Too many failed login attempts; try again later."));
        }

        var user = users.CheckPassword(email, password);
        if (user is null)
        {
            throttle.RecordFailure(email);
            if (faults.Has(Fault.LoginUnknownEmail404) && !users.IsRegistered(email))
            {
                throw new ApiException(ApiError.NotFound("No account with this email."));
            }

            throw new ApiException(new ApiError(StatusCodes.Status401Unauthorized, "INVALID_CREDENTIALS", "Invalid email or password."));
        }

        return Results.Json(issuer.IssuePair(user));
    }

    private static async Task<IResult> RefreshAsync(
        HttpContext context, UserStore users, TokenValidator validator, RefreshRotation rotation, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var token = JsonBody.RequiredString(body, "refresh_token");
        var check = await validator.ValidateAsync(token, TokenUse.Refresh, cancellationToken);
        if (check.User is not { } refresh)
        {
            throw new ApiException(ApiError.Unauthorized("The refresh token is invalid or expired."));
        }

        var user = users.Find(refresh.UserId) ?? users.GetOrAdd(refresh.UserId, refresh.Email, null);
        var pair = rotation.TryRotate(refresh, token, user)
            ?? throw new ApiException(ApiError.Unauthorized("The refresh token has already been used."));
        return Results.Json(pair);
    }
}
