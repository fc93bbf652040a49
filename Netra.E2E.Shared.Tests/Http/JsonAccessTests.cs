using System.Text.Json;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Tests.Http;

[Parallelizable(ParallelScope.All)]
public sealed class JsonAccessTests
{
    private static readonly JsonElement? Document = JsonAccess.TryParse(
        """{"user":{"id":"u1","age":3,"ok":true},"data":[{"name":"a"},{"name":"b"}],"grid":[[1,2],[3,4]],"map":{"0":"zero"}""" +
        ""","token":"t-1","7":"seven","dup":"first","dup":"last"}""");

    [TestCase("user.id", "u1")]
    [TestCase("data[1].name", "b")]
    [TestCase("data.0.name", "a")]
    [TestCase("map.0", "zero")]
    [TestCase("token", "t-1")]
    [TestCase("7", "seven")]
    [TestCase("dup", "last")]
    public void Str_ExistingPath_ReturnsValue(string path, string expected)
    {
        Document.Str(path).Should().Be(expected);
    }

    [TestCase("user.missing")]
    [TestCase("data[5].name")]
    [TestCase("user.id.deeper")]
    [TestCase("user.age")]
    [TestCase("missing")]
    [TestCase("user")]
    public void Str_MissingOrWrongKind_ReturnsNull(string path)
    {
        Document.Str(path).Should().BeNull();
    }

    [Test]
    public void Accessors_OtherKinds_ReturnTypedValues()
    {
        Document.Int("user.age").Should().Be(3);
        Document.Bool("user.ok").Should().BeTrue();
        Document.Int("grid[1][0]").Should().Be(3);
        Document.Items("data").Should().HaveCount(2);
        Document.Get("data").Get("1").Str("name").Should().Be("b");
        Document.Get("")!.Value.ValueKind.Should().Be(JsonValueKind.Object);
        Document.Items("user").Should().BeEmpty();
        JsonAccess.TryParse("not json").Should().BeNull();
        ((JsonElement?)null).Str("a").Should().BeNull();
    }
}
