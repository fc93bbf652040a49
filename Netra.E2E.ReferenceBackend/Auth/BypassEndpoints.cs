using System.Security.Cryptography;
using System.Text;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>
/// <c>POST /auth/e2e/test-auth</c>: a token pair for test users, guarded by <c>X-E2E-Bypass-Key</c>; home of
/// <c>bypass-accepts-wrong-key</c>.
/// </summary>
internal static class BypassEndpoints
{
    private const string KeyHeader = "X-E2E-Bypass-Key";

    public static void MapBypassEndpoints(this WebApplication app) => app.MapPost("/auth/e2e/test-auth", TestAuthAsync);

    private static async Task<IResult> TestAuthAsync(
        HttpContext context, ReferenceServerOptions options, UserStore users, TokenIssuer issuer, FaultSet faults,
            CancellationToken cancellationToken)
    {
        if (string.Equals(options.Environment, "production", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiException(ApiError.Forbidden("Test authentication is disabled in production."));
        }

        if (options.BypassKey is null)
        {
            throw new ApiException(ApiError.Unavailable("Test authentication is not configured."));
        }

        var provided = context.Request.Headers[KeyHeader].ToString();
        if (!KeyMatches(provided, options.BypassKey) && !(faults.Has(Fault.BypassAcceptsWrongKey) && provided.Length > 0))
        {
            throw new ApiException(ApiError.Unauthorized("Missing or invalid bypass key."));
        }

        var body = await JsonBody.ReadOptionalObjectAsync(context.Request, cancellationToken);
        var email = JsonBody.OptionalString(body, "email")?.Trim() ?? "e2e-user@netra.test";
        if (!EmailAddress.IsValid(email))
        {
            throw JsonBody.Invalid("Field 'email' is not a valid email address.");
        }

        var user = users.GetOrAdd("e2e-" + UserStore.LocalPart(email), email, JsonBody.OptionalString(body, "name"));
        return Results.Json(issuer.IssuePair(user));
    }

    private static bool KeyMatches(string provided, string expected) =>
        provided.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(provided)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
