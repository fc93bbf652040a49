using System.Text.Json;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Tests.Http;

/// <summary>A body of string fields is written without the serializer; it must be the serializer's text all the same.</summary>
public sealed class RequestBodyTests
{
    [TestCase("e2e-a-1f2e@netra-e2e.test", "E2E load-7")]
    [TestCase("quote\"back\\slash", "<script>&'+")]
    [TestCase("café 数据 🚀", "line\nbreak\ttab")]
    [TestCase("", "")]
    public void BodyText_OfStringFields_IsWhatTheSerializerWrites(string email, string name)
    {
        var fields = new Dictionary<string, string> { ["email"] = email, ["name"] = name };

        var text = HttpMessageFactory.BodyText(new ApiRequest(HttpMethod.Post, "/auth/e2e/test-auth") { Body = fields });

        text.Should().Be(JsonSerializer.Serialize(new { email, name }));
    }
}
