using System.Text.Json;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// FluentAssertions for <see cref="ApiResponse"/>: every failure message is the response's redacted
/// <see cref="ApiResponse.Describe"/> (method, path, status, request id, body excerpt), never "expected True".
/// </summary>
public sealed partial class ApiResponseAssertions : ReferenceTypeAssertions<ApiResponse, ApiResponseAssertions>
{
    /// <summary>Wraps <paramref name="subject"/>.</summary>
    public ApiResponseAssertions(ApiResponse subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "response";

    /// <summary>The status is one of <paramref name="allowed"/> (the variants the contract names, never "any").</summary>
    public AndConstraint<ApiResponseAssertions> HaveStatus(params int[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return Check(allowed.Contains(Subject.Status), $"Expected status {string.Join(" or ", allowed)}");
    }

    /// <summary>The header is present, and when <paramref name="expectedValue"/> is given, equal to it (ordinal).</summary>
    public AndConstraint<ApiResponseAssertions> HaveHeader(string name, string? expectedValue = null)
    {
        var actual = Subject.Header(name);
        return expectedValue is null
            ? Check(actual is not null, $"Expected header {name}")
            : Check(actual == expectedValue, $"Expected header {name}: {expectedValue} but it was {actual ?? "absent"}");
    }

    /// <summary>The header is absent.</summary>
    public AndConstraint<ApiResponseAssertions> NotHaveHeader(string name) =>
        Check(Subject.Header(name) is null, $"Expected no header {name} but it was {Subject.Header(name)}");

    /// <summary>The JSON string at <paramref name="path"/> equals <paramref name="expected"/> (ordinal).</summary>
    public AndConstraint<ApiResponseAssertions> HaveJsonString(string path, string expected) =>
        Check(Subject.Str(path) == expected,
            $"Expected JSON '{path}' = \"{expected}\" but it was {(Subject.Str(path) is { } s ? $"\"{s}\"" : "missing or not a string")}");

    /// <summary>The JSON at <paramref name="path"/> is a number (<c>""</c>: the whole body).</summary>
    public AndConstraint<ApiResponseAssertions> HaveJsonNumber(string path) => HaveJsonKind(path, JsonValueKind.Number, "a number");

    /// <summary>The JSON at <paramref name="path"/> is <c>true</c> or <c>false</c> (<c>""</c>: the whole body).</summary>
    public AndConstraint<ApiResponseAssertions> HaveJsonBoolean(string path) =>
        HaveJsonKind(path, kind => kind is JsonValueKind.True or JsonValueKind.False, "a boolean");

    /// <summary>The JSON at <paramref name="path"/> is an object (<c>""</c>: the whole body).</summary>
    public AndConstraint<ApiResponseAssertions> HaveJsonObject(string path) => HaveJsonKind(path, JsonValueKind.Object, "an object");

    /// <summary>The JSON at <paramref name="path"/> is a list (<c>""</c>: the whole body).</summary>
    public AndConstraint<ApiResponseAssertions> HaveJsonArray(string path) => HaveJsonKind(path, JsonValueKind.Array, "a list");

    /// <summary>
    /// The JSON at <paramref name="path"/> holds everything in <paramref name="sent"/> (what the client sent), recursively;
    /// contract 2 lets the target add keys, so keys it added are ignored.
    /// </summary>
    public AndConstraint<ApiResponseAssertions> HaveJsonContaining(string path, object sent)
    {
        var expected = sent as JsonElement? ?? JsonSerializer.SerializeToElement(sent);
        var differences = JsonComparer.Differences(expected, Subject.Get(path), path, "sent by the client").ToList();
        return Check(differences.Count == 0, $"Expected JSON '{path}' to hold what the client sent: {string.Join("; ", differences)}");
    }

    /// <summary>
    /// The contract-2 error: status one of <paramref name="allowed"/>, a JSON body with a non-blank <c>detail</c> (or, on
    /// 422, a non-empty list of field errors), a non-blank <c>error_code</c>, and <c>request_id</c> equal to the X-Request-ID header.
    /// </summary>
    public AndConstraint<ApiResponseAssertions> BeContractError(params int[] allowed)
    {
        HaveStatus(allowed);
        Check(Subject.MediaType == "application/json",
            $"Expected a JSON error body but the media type was {Subject.MediaType ?? "absent"}");
        var detail = Subject.Get("detail");
        var detailIsText = detail is { ValueKind: JsonValueKind.String } text && !string.IsNullOrWhiteSpace(text.GetString());
        var detailIsFieldList = Subject.Status == 422 && detail is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0;
        Check(detailIsText || detailIsFieldList,
            $"Expected the error body's detail to be a message{(Subject.Status == 422 ? " or a list of field errors" : string.Empty)}");
        Check(!string.IsNullOrWhiteSpace(Subject.Str("error_code")), "Expected the error body to carry an error_code");
        return Check(
            Subject.Str("request_id") is { Length: > 0 } id && id == Subject.RequestId,
            $"Expected the error body's request_id to be the response's X-Request-ID ({Subject.RequestId ?? "absent"})");
    }

    /// <summary>
    /// Contract 2: no stack trace, source path or exception type anywhere in the body (a field named like one, or a string
    /// holding one); the failure lists each place.
    /// </summary>
    public AndConstraint<ApiResponseAssertions> NotLeakInternals()
    {
        var leaks = Subject.Json is { } json ? ErrorBodyLeaks.Find(json).ToList() : [];
        return Check(leaks.Count == 0, $"Expected an error body without stack traces, source paths or exception types, but found " +
            $"{string.Join("; ", leaks)}");
    }

    private AndConstraint<ApiResponseAssertions> HaveJsonKind(string path, JsonValueKind kind, string what) =>
        HaveJsonKind(path, actual => actual == kind, what);

    private AndConstraint<ApiResponseAssertions> HaveJsonKind(string path, Func<JsonValueKind, bool> isKind, string what)
    {
        var value = Subject.Get(path);
        return Check(value is { } found && isKind(found.ValueKind), $"Expected JSON '{path}' to be {what} but it was " +
            (value is { } v ? $"{v.ValueKind.ToString().ToLowerInvariant()} {v.GetRawText()}" : "missing"));
    }

    private AndConstraint<ApiResponseAssertions> Check(bool condition, string expectation)
    {
        var message = $"{expectation}; got {Subject.Describe()}";
        Execute.Assertion
            .ForCondition(condition)
            .FailWith(message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        return new AndConstraint<ApiResponseAssertions>(this);
    }
}
