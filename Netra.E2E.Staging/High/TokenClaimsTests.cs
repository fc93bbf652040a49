using FluentAssertions;
using FluentAssertions.Execution;
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
        var registeredId = registered.Str("user.id") ?? DecodedToken.Read(registered.RequireStr("access_token")).Subject;
        registeredId.Should().NotBeNullOrEmpty("registration gives a user id; POST /auth/register answered {0}", registered.Describe());
        login.Str("access_token").Should().NotBeNullOrEmpty("login answers a token pair; target answered {0}", login.Describe());
        login.Str("refresh_token").Should().NotBeNullOrEmpty("login answers a token pair; target answered {0}", login.Describe());
        login.Str("user.id").Should().Be(registeredId, "login of {0} is for the id registration gave; target answered {1}", email,
            login.Describe());
        DecodedToken.Read(login.RequireStr("access_token")).Subject.Should().Be(registeredId,
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
                var sub = DecodedToken.Read(pair.RequireStr("access_token")).Subject;
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
        var claims = DecodedToken.Read(token);

        using (new AssertionScope())
        {
            claims.Segments.Should().Be(3, "an access token is a JWS in compact form; {0}", claims);
            claims.Algorithm.Should().Be("HS256", "access tokens are signed HS256; {0}", claims);
            claims.Subject.Should().Be(login.Str("user.id"), "sub is the user id; {0}", claims);
            claims.Email.Should().Be(email, "email is the user's email; {0}", claims);
            claims.IsList("permissions").Should().BeTrue("permissions is a list; {0}", claims);
            claims.Has("env").Should().BeTrue("env is present; {0}", claims);
            claims.IsNumber("iat").Should().BeTrue("iat is a numeric date; {0}", claims);
            claims.IsNumber("exp").Should().BeTrue("exp is a numeric date; {0}", claims);
            (claims.ExpiresAtSeconds ?? 0).Should().BeGreaterThan(claims.IssuedAtSeconds ?? double.MaxValue, "exp is after iat; {0}",
                claims);
            claims.IssuedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, NetraTime.ClockTolerance, "iat is about now; {0}", claims);
            claims.TokenType.Should().Be("access", "token_type is access; {0}", claims);
            claims.Type.Should().Be("access", "type is access; {0}", claims);
            claims.Issuer.Should().Be(AccessTokenClaims.ValidIssuer, "{0}", claims);
            claims.Audiences.Should().Equal([AccessTokenClaims.ValidAudience], "aud is netra-platform; {0}", claims);
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
        var ids = tokens.Select(t => DecodedToken.Read(t).TokenId).ToList();

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
        var access = DecodedToken.Read(login.RequireStr("access_token"));
        var refresh = DecodedToken.Read(login.RequireStr("refresh_token"));
        var shown = $"access {access}; refresh {refresh}";

        using (new AssertionScope())
        {
            refresh.TokenType.Should().Be("refresh", "a refresh token says token_type refresh; {0}", shown);
            refresh.Subject.Should().Be(access.Subject, "the refresh token carries the same sub; {0}", shown);
            refresh.Email.Should().Be(access.Email, "the refresh token carries the same email; {0}", shown);
            refresh.Issuer.Should().Be(access.Issuer, "the refresh token carries the same iss; {0}", shown);
            refresh.Audiences.Should().Equal(access.Audiences, "the refresh token carries the same aud; {0}", shown);
            refresh.TokenId.Should().NotBeNullOrEmpty("the refresh token carries a jti; {0}", shown);
            refresh.IsNumber("iat").Should().BeTrue("iat is a numeric date; {0}", shown);
            refresh.IsNumber("exp").Should().BeTrue("exp is a numeric date; {0}", shown);
            (refresh.ExpiresAtSeconds ?? 0).Should().BeGreaterThan(refresh.IssuedAtSeconds ?? double.MaxValue, "{0}", shown);
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
}
