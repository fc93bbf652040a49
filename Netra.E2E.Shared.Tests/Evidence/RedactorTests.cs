using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Shared.Tests.Evidence;

[Parallelizable(ParallelScope.All)]
public sealed class RedactorTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJlLWJ5dGVz";
    private const string UnsignedJwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTEifQ.";

    [Test]
    public void Redact_JwtAnywhereInText_ReplacedByFingerprint()
    {
        var redacted = new Redactor().Redact($"token was {Jwt}, unsigned {UnsignedJwt} end");

        redacted.Should().NotContain("eyJ").And.Contain($"<jwt sha256:{Secret.FingerprintOf(Jwt)}>").And.EndWith(" end");
    }

    [TestCase("password")]
    [TestCase("access_token")]
    [TestCase("refresh_token")]
    public void Redact_SecretJsonValue_ValueReplaced(string key)
    {
        var redacted = new Redactor().Redact($$"""{"email":"a@b.test","{{key}}" : "hunter2-\"quoted\"-value","name":"n"}""");

        redacted.Should().Be($$"""{"email":"a@b.test","{{key}}":"<redacted>","name":"n"}""");
    }

    [Test]
    public void Redact_TokenQueryAndSubprotocol_ValuesReplaced()
    {
        var redacted = new Redactor().Redact("wss://h/ws?a=1&token=abc.def-ghi&b=2 protocols jwt-auth, jwt.ZXlKaGJHY2lPaUpJVXpJMU5pSjk");

        redacted.Should().Be("wss://h/ws?a=1&token=<redacted>&b=2 protocols jwt-auth, jwt.<redacted>");
    }

    [Test]
    public void Redact_JwtInQuery_KeepsFingerprint()
    {
        new Redactor().Redact($"/ws?token={Jwt}&x=1").Should().Be($"/ws?token=<jwt sha256:{Secret.FingerprintOf(Jwt)}>&x=1");
    }

    [Test]
    public void Redact_RegisteredSecret_ReplacedAlsoWhenEscaped()
    {
        var redactor = new Redactor();
        var secret = new Secret("p@ss word/\"with\"-quotes-123", "test password");
        redactor.Register(secret);

        var redacted = redactor.Redact(
            """raw p@ss word/"with"-quotes-123 json p@ss word/\"with\"-quotes-123 """ + "url p%40ss%20word%2F%22with%22-quotes-123");

        redacted.Should().NotContain("p@ss").And.NotContain("p%40ss");
        redacted.Should().Contain($"<secret test password sha256:{secret.Fingerprint}>");
    }

    [TestCase("Authorization", "Bearer " + Jwt, "Bearer <jwt sha256:")]
    [TestCase("Authorization", "Basic dXNlcjpwYXNz", "Basic <redacted 12 chars>")]
    [TestCase("Cookie", "session=abc123", "<redacted 14 chars>")]
    [TestCase("Set-Cookie", "session=abc123; HttpOnly", "<redacted 24 chars>")]
    [TestCase("X-E2E-Bypass-Key", "bypass-key-value", "<redacted 16 chars>")]
    [TestCase("Sec-WebSocket-Protocol", "jwt-auth, jwt.ZXlKaGJHY2lPaUpJVXpJMU5pSjk", "jwt-auth, jwt.<redacted>")]
    [TestCase("X-Request-ID", "req-123", "req-123")]
    public void RedactHeader_SecretHeaders_ValueHidden(string name, string value, string expectedStart)
    {
        new Redactor().RedactHeader(name, value).Should().StartWith(expectedStart);
    }

    [Test]
    public void Excerpt_LongText_RedactsBeforeCutting()
    {
        var text = new string('x', 290) + Jwt + " " + new string('y', 100);

        var excerpt = new Redactor().Excerpt(text, 300);

        excerpt.Should().NotContain("eyJ").And.StartWith(new string('x', 290) + "<jwt sha25").And.EndWith("… (412 chars)");
    }

    [Test]
    public void Redact_WithAParent_RemovesTheParentsSecretsAndItsOwn()
    {
        var run = new Redactor();
        run.Register(new Secret("run-secret-value-0123456789abcdef", "run"));
        var first = new Redactor(run);
        var second = new Redactor(run);
        first.Register(new Secret("first-users-password-42", "first"));

        first.Redact("run-secret-value-0123456789abcdef and first-users-password-42")
            .Should().NotContain("run-secret-value").And.NotContain("first-users-password");
        second.Redact("run-secret-value-0123456789abcdef and first-users-password-42")
            .Should().NotContain("run-secret-value").And.Contain("first-users-password-42", "a user's secret stays that user's log's");
        run.Redact("first-users-password-42").Should().Be("first-users-password-42");
    }
}
