using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary><c>/api/users/profile</c>: read and patch the caller's profile (contract 4).</summary>
internal static class ProfileEndpoints
{
    public static void MapProfileEndpoints(this WebApplication app)
    {
        app.MapGet("/api/users/profile", (HttpContext context, UserStore users) =>
        {
            var user = RequestUser.Require(context);
            return Results.Json(users.GetOrAdd(user.UserId, user.Email, null).Profile());
        });

        app.MapPatch("/api/users/profile", async (HttpContext context, UserStore users, FaultSet faults,
            CancellationToken cancellationToken) =>
        {
            var user = RequestUser.Require(context);
            var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
            var name = JsonBody.OptionalString(body, "name")?.Trim();
            if (name is { Length: 0 or > 200 })
            {
                throw JsonBody.Invalid("Field 'name' must be 1 to 200 characters.");
            }

            if (faults.Has(Fault.RefusedPatchStoresName) && name is not null)
            {
                // The defect: the name is stored before the URLs are checked, so a refused PATCH keeps it.
                users.GetOrAdd(user.UserId, user.Email, null).Update(name, Optional<string?>.Unset, Optional<string?>.Unset);
            }

            var avatar = UrlField(body, "avatar_url", faults);
            var website = UrlField(body, "website", faults);
            return Results.Json(users.GetOrAdd(user.UserId, user.Email, null).Update(name, avatar, website));
        });
    }

    private static Optional<string?> UrlField(System.Text.Json.Nodes.JsonObject body, string field, FaultSet faults)
    {
        if (!body.ContainsKey(field))
        {
            return Optional<string?>.Unset;
        }

        var value = JsonBody.OptionalString(body, field)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return Optional<string?>.Of(null);
        }

        return ProfileUrlPolicy.IsAcceptable(value, faults)
            ? Optional<string?>.Of(value)
            : throw JsonBody.Invalid($"Field '{field}' must be an http or https URL.");
    }
}
