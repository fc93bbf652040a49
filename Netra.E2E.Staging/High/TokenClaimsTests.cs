using System.Text.Json;
using FluentAssertions;
using FluentAssertions.Execution;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.High;

/// <summary>Form and claims of the tokens the auth service issues (contract 3.1 and 3.2), read from real register and login
/// answers.</summary>
[High]
[WritesData]
public sealed class TokenClaimsTests : E2ETest
{
    [Test]
    [Verifies("AUTH-LOGIN-1")]
    public async Task Login_WithCorrectCredentials_PairForTheUserIdRegistrationGave()
    {
        var (email, registered, login) = await RegisterAndLoginAsync("login");

        login.Should().HaveStatus(200);
        var registeredId = registered.Str("user.id") ?? Claim(registered.RequireStr("access_token"), "sub").Str("");
        registeredId.Should().NotBeNullOrEmpty("registration gives a user id; POST /auth/register answered {0}", registered.Describe());
        login.Str("access_token").Should().NotBeNullOrEmpty("login answers a token pair; target answered {0}", login.Describe());
        login.Str("refresh_token").Should().NotBeNullOrEmpty("login answers a token pair; target answered {0}", login.Describe());
        login.Str("user.id").Should().Be(registeredId, "login of {0} is for the id registration gave; target answered {1}", email,
            login.Describe());
        Claim(login.RequireStr("access_token"), "sub").Str("").Should().Be(registeredId,
            "the login access token's sub is the registered id; target answered {0}", login.Describe());
    }

    [Test]
    [Verifies("AUTH-PAIR-2")]
    public async Task RegisterAndLoginPairs_UserIdIsTheSub_UserEmailIsTheEmail()
    {
        var (email, registered, login) = await RegisterAndLoginAsync("pair");

        using (new AssertionScope())
        {
            foreach (var pair in new[] { registered, login })
            {
                var sub = Claim(pair.RequireStr("access_token"), "sub").Str("");
                sub.Should().NotBeNullOrEmpty("the access token carries sub; target answered {0}", pair.Describe());
                pair.Str("user.id").Should().Be(sub, "user.id equals the access token's sub; target answered {0}", pair.Describe());
                pair.Str("user.email").Should().Be(email, "user.email is the user's email; target answered {0}", pair.Describe());
            }
        }
    }

    [Test]
    [Verifies("TOKEN-ALG-1", "TOKEN-CLAIMS-1", "TOKEN-CLAIMS-2", "TOKEN-CLAIMS-3", "TOKEN-CLAIMS-4", "TOKEN-CLAIMS-5",
        "TOKEN-CLAIMS-6")]
    public async Task AccessToken_OfALogin_CarriesTheContractClaims()
    {
        var (email, _, login) = await RegisterAndLoginAsync("claims");
        login.Should().HaveStatus(200);
        var token = login.RequireStr("access_token");
        var header = Segment(token, 0);
        var payload = Segment(token, 1);
        var shown = $"token header {Show(header)}, payload {Show(payload)}";

        using (new AssertionScope())
        {
            token.Split('.').Should().HaveCount(3, "an access token is a JWS in compact form; {0}", shown);
            header.Str("alg").Should().Be("HS256", "access tokens are signed HS256; {0}", shown);
            payload.Str("sub").Should().Be(login.Str("user.id"), "sub is the user id; {0}", shown);
            payload.Str("email").Should().Be(email, "email is the user's email; {0}", shown);
            Kind(payload, "permissions").Should().Be(JsonValueKind.Array, "permissions is a list; {0}", shown);
            Kind(payload, "env").Should().NotBe(JsonValueKind.Undefined, "env is present; {0}", shown);
            Kind(payload, "iat").Should().Be(JsonValueKind.Number, "iat is a numeric date; {0}", shown);
            Kind(payload, "exp").Should().Be(JsonValueKind.Number, "exp is a numeric date; {0}", shown);
            (payload.Number("exp") ?? 0).Should().BeGreaterThan(payload.Number("iat") ?? double.MaxValue, "exp is after iat; {0}", shown);
            payload.Time("iat").Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance, "iat is about now; {0}", shown);
            payload.Str("token_type").Should().Be("access", "token_type is access; {0}", shown);
            payload.Str("type").Should().Be("access", "type is access; {0}", shown);
            payload.Str("iss").Should().Be(AccessTokenClaims.ValidIssuer, "{0}", shown);
            Audiences(payload).Should().Equal([AccessTokenClaims.ValidAudience], "aud is netra-platform; {0}", shown);
        }
    }

    [Test]
    [Verifies("TOKEN-CLAIMS-7")]
    public async Task Jti_OfTokensIssuedWithinOneSecond_PresentAndUnique()
    {
        var (email, registered, first) = await RegisterAndLoginAsync("jti");
        var again = await AuthService.PostJsonAsync("/auth/login", new { email, password = PasswordOf(email) }, Cancellation);
        var other = await RegisterAndLoginAsync("jti2");
        var answers = new[] { registered, first, again, other.Registered, other.Login };
        foreach (var answer in answers)
        {
            answer.Should().HaveStatus(200, 201);
        }

        var tokens = answers.SelectMany(a => new[] { a.Str("access_token"), a.Str("refresh_token") }).OfType<string>().ToList();
        var ids = tokens.Select(t => Claim(t, "jti").Str("")).ToList();

        ids.Should().HaveCount(10, "five pairs were issued");
        ids.Should().AllSatisfy(id => id.Should().NotBeNullOrEmpty("every issued token carries a jti; jtis {0}", string.Join(", ", ids)));
        ids.Should().OnlyHaveUniqueItems("no two issued tokens share a jti, even for one user within one second; jtis {0}",
            string.Join(", ", ids));
    }

    [Test]
    [Verifies("TOKEN-CLAIMS-8")]
    public async Task RefreshToken_CarriesTheBaseClaims_WithTokenTypeRefresh()
    {
        var (_, _, login) = await RegisterAndLoginAsync("refreshclaims");
        login.Should().HaveStatus(200);
        var access = Segment(login.RequireStr("access_token"), 1);
        var refresh = Segment(login.RequireStr("refresh_token"), 1);
        var shown = $"access payload {Show(access)}, refresh payload {Show(refresh)}";

        using (new AssertionScope())
        {
            refresh.Str("token_type").Should().Be("refresh", "a refresh token says token_type refresh; {0}", shown);
            foreach (var claim in new[] { "sub", "email", "iss" })
            {
                refresh.Str(claim).Should().Be(access.Str(claim), "the refresh token carries the same {0}; {1}", claim, shown);
            }

            Audiences(refresh).Should().Equal(Audiences(access), "the refresh token carries the same aud; {0}", shown);
            refresh.Str("jti").Should().NotBeNullOrEmpty("the refresh token carries a jti; {0}", shown);
            Kind(refresh, "iat").Should().Be(JsonValueKind.Number, "iat is a numeric date; {0}", shown);
            Kind(refresh, "exp").Should().Be(JsonValueKind.Number, "exp is a numeric date; {0}", shown);
            (refresh.Number("exp") ?? 0).Should().BeGreaterThan(refresh.Number("iat") ?? double.MaxValue, "{0}", shown);
        }
    }

    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);

    private string PasswordOf(string email) => _passwords[email];

    private async Task<(string Email, ApiResponse Registered, ApiResponse Login)> RegisterAndLoginAsync(string hint)
    {
        var email = E2EAuthHelper.NewEmail(hint);
        var password = "E2e!" + Guid.NewGuid().ToString("N");
        _passwords[email] = password;
        var registered = await AuthService.PostJsonAsync("/auth/register", new { email, password, name = "E2E " + hint }, Cancellation);
        registered.Should().HaveStatus(200, 201);
        var login = await AuthService.PostJsonAsync("/auth/login", new { email, password }, Cancellation);
        return (email, registered, login);
    }

    private static JsonElement? Segment(string token, int index)
    {
        var parts = token.Split('.');
        return parts.Length > index ? JsonAccess.TryParse(Base64UrlEncoder.Decode(parts[index])) : null;
    }

    private static JsonElement? Claim(string token, string name) => Segment(token, 1).Get(name);

    private static JsonValueKind Kind(JsonElement? payload, string name) => payload.Get(name)?.ValueKind ?? JsonValueKind.Undefined;

    private static List<string?> Audiences(JsonElement? payload) => payload.Get("aud") switch
    {
        { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Select(Text).ToList(),
        { } single => [Text(single)],
        null => [],
    };

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Show(JsonElement? element) => element?.GetRawText() ?? "(not JSON)";
}
