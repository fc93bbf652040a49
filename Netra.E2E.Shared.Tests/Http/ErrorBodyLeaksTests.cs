using System.Text.Json;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Tests.Http;

public sealed class ErrorBodyLeaksTests
{
    [TestCase("""{"detail":"Not Found","error_code":"NOT_FOUND","request_id":"r1"}""")]
    [TestCase("""{"detail":[{"loc":["body","title"],"msg":"String should have at most 200 characters"}]}""")]
    [TestCase("""{"detail":"Method Not Allowed","error_code":"METHOD_NOT_ALLOWED","hint":"use GET at /api/config/public"}""")]
    public void Find_ContractErrorBody_FindsNothing(string body) =>
        ErrorBodyLeaks.Find(Parse(body)).Should().BeEmpty();

    [TestCase("""{"detail":"x","stack_trace":"…"}""", "$.stack_trace: a field named like internals")]
    [TestCase("""{"detail":"x","Exception":null}""", "$.Exception: a field named like internals")]
    [TestCase("""{"detail":"boom   at Netra.Api.Threads.Create(String title)"}""", "$.detail: a stack frame")]
    [TestCase("""{"detail":"Traceback (most recent call last): ..."}""", "$.detail: a stack frame")]
    [TestCase("""{"detail":[{"msg":"failed in /app/netra/routes/threads.py"}]}""", "$.detail[0].msg: a source path")]
    [TestCase("""{"detail":"KeyError: 'title'"}""", "$.detail: an exception type name")]
    [TestCase("""{"detail":"System.NullReferenceException"}""", "$.detail: an exception type name")]
    public void Find_BodyLeakingInternals_NamesThePlace(string body, string expected) =>
        ErrorBodyLeaks.Find(Parse(body)).Should().Contain(l => l.StartsWith(expected, StringComparison.Ordinal));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
