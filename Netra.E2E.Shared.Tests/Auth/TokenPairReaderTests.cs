using System.Buffers.Text;
using System.Text;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Tests.Auth;

/// <summary>The token-pair answer read into a user: the user id falls back to the token's sub, the expiry comes from its exp.</summary>
public sealed class TokenPairReaderTests
{
    private const string Header = """{"alg":"HS256","typ":"JWT"}""";

    [Test]
    public void Read_WithoutUserId_TakesTheTokensSubAndExp()
    {
        var token = Token("""{"sub":"user-7","exp":1767225600,"email":"a@netra-e2e.test"}""");

        var answer = Answer($$"""{"access_token":"{{token}}"}""");

        var user = TokenPairReader.Read(answer, AuthMode.Bypass, "a@netra-e2e.test", "A", null, "step");

        (user.UserId, user.AccessExpiresAt).Should().Be(("user-7", DateTimeOffset.FromUnixTimeSeconds(1767225600)));
    }

    [Test]
    public void Read_WithoutUserIdAndATokenWithoutSub_FailsNamingBoth()
    {
        var token = Token("""{"exp":1767225600}""");

        var answer = Answer($$"""{"access_token":"{{token}}"}""");

        FluentActions.Invoking(() => TokenPairReader.Read(answer, AuthMode.Bypass, "a@x.test", "A", null, "POST /auth/e2e/test-auth"))
            .Should().Throw<AuthFlowException>()
            .WithMessage("*POST /auth/e2e/test-auth answered without user.id and the token has no sub*");
    }

    [TestCase("""{"sub":"u","exp":"1767225600"}""", TestName = "Expiry_ExpAsAString_IsNotRead")]
    [TestCase("""{"sub":"u","exp":1767225600.5}""", TestName = "Expiry_ExpNotAnInteger_IsNotRead")]
    [TestCase("""{"sub":"u"}""", TestName = "Expiry_NoExp_IsNotRead")]
    [TestCase("""["sub","exp"]""", TestName = "Expiry_PayloadNotAnObject_IsNotRead")]
    [TestCase("""{"exp":1767225600""", TestName = "Expiry_PayloadNotJson_IsNotRead")]
    public void Expiry_WithoutAnIntegerExpInAJsonObject_IsNull(string payload)
    {
        TokenPairReader.Expiry(Token(payload)).Should().BeNull();
    }

    [TestCase("abc", TestName = "Expiry_OneSegment_IsNull")]
    [TestCase("a.b", TestName = "Expiry_TwoSegments_IsNull")]
    [TestCase("a.b.c.d", TestName = "Expiry_FourSegments_IsNull")]
    [TestCase("!!!.!!!.sig", TestName = "Expiry_NotBase64Url_IsNull")]
    public void Expiry_OfSomethingThatIsNoJwt_IsNull(string token)
    {
        TokenPairReader.Expiry(token).Should().BeNull();
    }

    [Test]
    public void Expiry_WithAHeaderThatIsNoJsonObject_IsNull()
    {
        var token = $"{Base64Url.EncodeToString("not json"u8)}.{Base64Url.EncodeToString("""{"exp":1}"""u8)}.sig";

        TokenPairReader.Expiry(token).Should().BeNull();
    }

    [Test]
    public void Expiry_WithAnEmptySignature_IsRead()
    {
        TokenPairReader.Expiry(Token("""{"exp":1767225600}""")[..^4] + ".").Should().Be(DateTimeOffset.FromUnixTimeSeconds(1767225600));
    }

    private static string Token(string payload) =>
        $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Header))}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.sig";

    private static ApiResponse Answer(string body) =>
        new(new ApiResponseData("POST", "http://auth.test/auth/e2e/test-auth", "/auth/e2e/test-auth", 200, "OK",
            new Dictionary<string, IReadOnlyList<string>>(), body, TimeSpan.FromMilliseconds(5), 1), new Redactor());
}
