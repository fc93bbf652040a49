using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.Staging.Critical;

[Critical]
[WritesData]
public sealed partial class ErrorHandlingTests : E2ETest
{
    private static readonly string[] InternalKeys = ["stack_trace", "stacktrace", "stack", "traceback", "exception", "exception_type",
        "source_file", "file", "trace"];

    private static readonly (string Name, Regex Pattern)[] Patterns =
    [
        ("a stack frame", StackFrame()),
        ("a source path", SourcePath()),
        ("an exception type name", ExceptionType()),
    ];

    [Test]
    [Legacy("019")]
    [Catches("error-leaks-internals")]
    [Verifies("HTTP-STATUS-1", "HTTP-ERROR-4", "HTTP-REQID-1", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task Api_UnknownPath_Is404WithTheErrorBodyAndNoInternals()
    {
        var user = await NewUserAsync();
        var response = await SendAsync(HttpMethod.Get, $"/api/e2e-no-such-endpoint-{Guid.NewGuid():N}", null, user.AccessToken);
        ShouldBeContractErrorWithoutInternals(response, 404);
    }

    [Test]
    [Legacy("019")]
    [Catches("error-leaks-internals", "status-remap-500")]
    [Verifies("HTTP-STATUS-2", "HTTP-ERROR-4", "HTTP-REQID-1", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task Api_WrongMethod_Is405WithTheErrorBodyAndNoInternals()
    {
        var user = await NewUserAsync();
        var response = await SendAsync(HttpMethod.Delete, "/api/config/public", null, user.AccessToken);
        ShouldBeContractErrorWithoutInternals(response, 405);
    }

    [Test]
    [Legacy("019")]
    [Catches("error-leaks-internals")]
    [Verifies("HTTP-STATUS-3", "HTTP-ERROR-4", "HTTP-REQID-1", "REST-THREADS-4", "HTTP-ERROR-1", "HTTP-ERROR-2", "HTTP-ERROR-3")]
    public async Task Api_InvalidBody_Is422WithTheErrorBodyAndNoInternals()
    {
        var user = await NewUserAsync();
        var response = await SendAsync(HttpMethod.Post, "/api/threads", new { title = new string('t', 201) }, user.AccessToken);
        ShouldBeContractErrorWithoutInternals(response, 422);
    }

    private async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body, string bearer)
    {
        var requestId = "e2e-" + Guid.NewGuid().ToString("N");
        var response = await Backend.SendAsync(method, path, body, bearer, new Dictionary<string, string> { ["X-Request-ID"] = requestId },
            Cancellation);
        response.RequestId.Should().Be(requestId, "X-Request-ID must be echoed when the request sends one; target answered {0}",
            response.Describe());
        return response;
    }

    private static void ShouldBeContractErrorWithoutInternals(ApiResponse response, int status)
    {
        response.Should().BeContractError(status);
        var leaks = Internals(response.Json!.Value, "$").ToList();
        leaks.Should().BeEmpty("an error body never carries a stack trace, source path or exception type; target answered {0}",
            response.Describe());
    }

    private static IEnumerable<string> Internals(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var at = $"{path}.{property.Name}";
                    if (InternalKeys.Contains(property.Name.ToLowerInvariant()))
                    {
                        yield return $"{at}: a field named like internals";
                    }

                    foreach (var leak in Internals(property.Value, at))
                    {
                        yield return leak;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var leak in Internals(item, $"{path}[{index++}]"))
                    {
                        yield return leak;
                    }
                }

                break;
            case JsonValueKind.String:
                var value = element.GetString() ?? string.Empty;
                foreach (var (name, pattern) in Patterns)
                {
                    if (pattern.Match(value) is { Success: true } match)
                    {
                        yield return $"{path}: {name} \"{match.Value}\"";
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"(^|\s)at [\w.`<>+]+\(|Traceback \(most recent call last\)|File ""[^""]+"", line \d+")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"[\w.\\/-]+\.(cs|py|java|js|ts|go|rb)\b|(^|[\s(""'])(/(home|app|src|usr|opt|var|srv|workspace)/|[A-Za-z]:\\)")]
    private static partial Regex SourcePath();

    [GeneratedRegex(@"\b([A-Z][a-z0-9]+)+(Exception|Error)\b|\bSystem\.[A-Z]\w+")]
    private static partial Regex ExceptionType();
}
