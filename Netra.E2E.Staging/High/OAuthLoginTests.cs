using System.Web;
using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

[High]
public sealed class OAuthLoginTests : E2ETest
{
    [Test]
    [Legacy("027")]
    [Verifies("AUTH-CONFIG-1", "AUTH-CONFIG-2", "AUTH-CONFIG-3", "AUTH-OAUTH-1", "AUTH-OAUTH-2", "AUTH-OAUTH-3", "AUTH-OAUTH-4",
        "AUTH-OAUTH-6", "AUTH-OAUTH-7", "AUTH-OAUTH-8", "AUTH-CALLBACK-1")]
    public async Task OAuth_ConfigLoginAndCallback_AreCoherentWithTheTarget()
    {
        var config = await AuthService.GetAsync("/auth/config", Cancellation);
        config.Should().HaveStatus(200).And.HaveJsonBoolean("oauth_enabled").And.HaveJsonBoolean("development_mode");
        var authOrigin = Target.AuthUrl.GetLeftPart(UriPartial.Authority);
        foreach (var endpoint in new[] { "login", "logout", "callback", "user" })
        {
            var url = config.RequireStr($"endpoints.{endpoint}");
            Uri.TryCreate(url, UriKind.Absolute, out var parsed).Should().BeTrue(
                "/auth/config endpoints.{0} must be an absolute URL; target said {1}", endpoint, config.Describe());
            parsed!.GetLeftPart(UriPartial.Authority).Should().Be(authOrigin,
                "/auth/config endpoints.{0} must be on the target's auth service; target said {1}", endpoint, config.Describe());
        }

        var origins = config.Items("authorized_javascript_origins").Select(o => o.GetString()).ToList();
        origins.Should().Contain(Target.FrontendOrigin, "the frontend origin must be authorized; target said {0}", config.Describe());
        var redirectUris = config.Items("authorized_redirect_uris").Select(o => o.GetString()).ToList();
        var oauthEnabled = config.Bool("oauth_enabled")
            ?? throw new AssertionException($"/auth/config must say oauth_enabled true or false: {config.Describe()}");

        var login = await AuthService.SendAsync(new ApiRequest(HttpMethod.Get, "/auth/login?provider=google") { AllowRetry = false },
            Cancellation);
        if (oauthEnabled)
        {
            login.Should().HaveStatus(302);
            var location = login.Header("Location")
                ?? throw new AssertionException($"the Google redirect has no Location: {login.Describe()}");
            var google = new Uri(location);
            google.Scheme.Should().Be("https", "the redirect must go to Google over HTTPS; Location was {0}", location);
            google.Host.Should().Be("accounts.google.com", "the redirect must go to Google; Location was {0}", location);
            var query = HttpUtility.ParseQueryString(google.Query);
            query["client_id"].Should().NotBeNullOrWhiteSpace("the redirect must carry client_id; Location was {0}", location);
            query["state"].Should().NotBeNullOrWhiteSpace("the redirect must carry state; Location was {0}", location);
            redirectUris.Should().Contain(query["redirect_uri"],
                "redirect_uri must be one of /auth/config authorized_redirect_uris {0}; Location was {1}", string.Join(", ", redirectUris),
                    location);
        }
        else
        {
            login.Should().HaveStatus(503);
        }

        var unknown = await AuthService.GetAsync("/auth/login?provider=myspace", Cancellation);
        unknown.Should().HaveStatus(400);
        var noProvider = await AuthService.GetAsync("/auth/login", Cancellation);
        noProvider.Should().HaveStatus(400);
        var callback = await AuthService.GetAsync("/auth/callback", Cancellation);
        callback.Should().HaveStatus(400);
    }
}
