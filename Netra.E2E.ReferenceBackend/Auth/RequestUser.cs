using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// The bearer of a request, as checked once by <see cref="BearerAuthenticationMiddleware"/>. Home of
/// <c>error-echoes-token</c>: the 401 detail quotes the Authorization header.
/// </summary>
internal static class RequestUser
{
    internal const string ItemKey = "netra.token_check";

    /// <summary>The authenticated user, or null when no valid bearer token was sent.</summary>
    public static AuthenticatedUser? Find(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is TokenCheck { User: { } user } ? user : null;

    /// <summary>The authenticated user; otherwise throws 401 (with <c>WWW-Authenticate: Bearer</c>).</summary>
    public static AuthenticatedUser Require(HttpContext context)
    {
        if (Find(context) is { } user)
        {
            return user;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        var sent = context.Items.ContainsKey(ItemKey);
        var detail = sent ? "The token is invalid, expired or revoked." : "Authentication required.";
        if (sent && context.RequestServices.GetRequiredService<FaultSet>().Has(Fault.ErrorEchoesToken))
        {
            detail = "Invalid token: " + context.Request.Headers.Authorization;
        }

        throw new ApiException(ApiError.Unauthorized(detail));
    }
}
