using Microsoft.AspNetCore.WebUtilities;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary><c>/auth/config</c>, the Google login redirect and the callback (contract 3).</summary>
internal static class OAuthEndpoints
{
    private const string GoogleAuthorize = "https://accounts.google.com/o/oauth2/v2/auth";

    public static void MapOAuthEndpoints(this WebApplication app)
    {
        app.MapGet("/auth/config", (ReferenceServerOptions options, ServiceUrls urls) => Results.Json(new
        {
            OauthEnabled = options.GoogleClientId is not null,
            DevelopmentMode = !string.Equals(options.Environment, "production", StringComparison.OrdinalIgnoreCase),
            Endpoints = new
            {
                Login = urls.Auth + "/auth/login",
                Logout = urls.Auth + "/auth/logout",
                Callback = urls.Auth + "/auth/callback",
                User = urls.Auth + "/auth/me",
            },
            AuthorizedJavascriptOrigins = new[] { options.FrontendOrigin },
            AuthorizedRedirectUris = new[] { urls.Auth + "/auth/callback" },
        }));

        app.MapGet("/auth/login", (string? provider, ReferenceServerOptions options, ServiceUrls urls, OAuthStates states) =>
        {
            if (!string.Equals(provider, "google", StringComparison.Ordinal))
            {
                throw new ApiException(ApiError.BadRequest("Unknown or missing OAuth provider."));
            }

            if (options.GoogleClientId is null)
            {
                throw new ApiException(ApiError.Unavailable("OAuth is not configured."));
            }

            var state = states.Issue();
            var location = QueryHelpers.AddQueryString(GoogleAuthorize, new Dictionary<string, string?>
            {
                ["client_id"] = options.GoogleClientId,
                ["redirect_uri"] = urls.Auth + "/auth/callback",
                ["response_type"] = "code",
                ["scope"] = "openid email profile",
                ["state"] = state,
            });
            return Results.Redirect(location);
        });

        app.MapGet("/auth/callback", (string? code, string? state, OAuthStates states) =>
        {
            if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(state))
            {
                throw new ApiException(ApiError.BadRequest("The callback needs both 'code' and 'state'."));
            }

            if (!states.TryRedeem(state))
            {
                throw new ApiException(ApiError.BadRequest("Unknown or expired OAuth state."));
            }

            throw new ApiException(ApiError.Unavailable("The reference backend cannot exchange codes with Google."));
        });
    }
}
