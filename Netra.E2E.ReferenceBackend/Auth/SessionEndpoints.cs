using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// <c>/auth/logout</c>, <c>/auth/validate</c> and <c>/auth/me</c> (contract 3); home of <c>validate-garbage-401</c> and
/// <c>me-no-token-403</c>.
/// </summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this WebApplication app)
    {
        app.MapPost("/auth/logout", (HttpContext context, RevokedTokens revoked) =>
        {
            revoked.Revoke(RequestUser.Require(context));
            return Results.Json(new { Success = true, Message = "Logged out." });
        });

        app.MapPost("/auth/validate", ValidateAsync);

        app.MapGet("/auth/me", (HttpContext context, UserStore users, FaultSet faults) =>
        {
            if (faults.Has(Fault.MeNoToken403) && context.Request.Headers.Authorization.Count == 0)
            {
                throw new ApiException(ApiError.Forbidden("Not authenticated."));
            }

            var user = RequestUser.Require(context);
            var record = users.Find(user.UserId) ?? users.GetOrAdd(user.UserId, user.Email, null);
            return Results.Json(new { UserId = record.Id, record.Email, record.Name });
        });
    }

    private static async Task<IResult> ValidateAsync(
        HttpContext context, TokenValidator validator, FaultSet faults, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var token = JsonBody.RequiredString(body, "token");
        var check = await validator.ValidateAsync(token, TokenUse.AuthService, cancellationToken);
        if (check.Error == "malformed_token" && faults.Has(Fault.ValidateGarbage401))
        {
            throw new ApiException(ApiError.Unauthorized("Invalid token."));
        }

        return check.User is { } user
            ? Results.Json(new
            {
                Valid = true,
                user.UserId,
                user.Email,
                user.Permissions,
                ExpiresAt = NetraJson.Iso(user.ExpiresAt),
            })
            : Results.Json(new { Valid = false, check.Error });
    }
}
