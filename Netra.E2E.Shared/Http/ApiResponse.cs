using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// One answer from the target, fully read: status, headers (response and content), body text, and the body parsed as
/// JSON once. <see cref="Describe"/> is the redacted line every failure message about it starts with.
/// </summary>
public sealed class ApiResponse
{
    private const int BodyExcerptChars = 300;
    private readonly Lazy<JsonElement?> _json;
    private readonly Redactor _redactor;

    internal ApiResponse(ApiResponseData data, Redactor redactor)
    {
        Method = data.Method;
        Url = data.Url;
        Path = data.Path;
        Status = data.Status;
        ReasonPhrase = data.ReasonPhrase;
        Headers = data.Headers;
        Body = data.Body;
        Elapsed = data.Elapsed;
        Attempts = data.Attempts;
        _redactor = redactor;
        _json = new Lazy<JsonElement?>(() => JsonAccess.TryParse(data.Body));
    }

    /// <summary>HTTP method of the request.</summary>
    public string Method { get; }

    /// <summary>The full URL, redacted.</summary>
    public string Url { get; }

    /// <summary>Path and query as sent, redacted.</summary>
    public string Path { get; }

    /// <summary>Status code.</summary>
    public int Status { get; }

    /// <summary>Reason phrase, or null.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Response and content headers, case-insensitive by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body as text (empty when none).</summary>
    public string Body { get; }

    /// <summary>The body parsed as JSON (a detached clone), or null when it is not JSON.</summary>
    public JsonElement? Json => _json.Value;

    /// <summary>The <c>X-Request-ID</c> header, or null.</summary>
    public string? RequestId => Header("X-Request-ID");

    /// <summary>The media type of <c>Content-Type</c> (without parameters), or null.</summary>
    public string? MediaType => Header("Content-Type")?.Split(';')[0].Trim();

    /// <summary>Time from the first attempt to the last byte.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>How many attempts the answer took (1 when not retried).</summary>
    public int Attempts { get; }

    /// <summary>The header's values joined by ", ", or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>The JSON value at <paramref name="path"/> (e.g. <c>user.id</c>, <c>data[0].name</c>), or null.</summary>
    public JsonElement? Get(string path) => Json.Get(path);

    /// <summary>The string at <paramref name="path"/>, or null when missing or not a string.</summary>
    public string? Str(string path) => Json.Str(path);

    /// <summary>The integer at <paramref name="path"/>, or null when missing or not an integer.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name",
        Justification = "Int reads best in tests: response.Int(\"expires_in\").")]
    public long? Int(string path) => Json.Int(path);

    /// <summary>The boolean at <paramref name="path"/>, or null when missing or not a boolean.</summary>
    public bool? Bool(string path) => Json.Bool(path);

    /// <summary>The instant at <paramref name="path"/> (ISO-8601 with an offset, or epoch seconds), or null.</summary>
    public DateTimeOffset? Time(string path) => Json.Time(path);

    /// <summary>The items of the array at <paramref name="path"/> (empty when missing or not an array).</summary>
    public IReadOnlyList<JsonElement> Items(string path) => Json.Items(path);

    /// <summary>The items of the array at <paramref name="path"/> as text: a string's value, any other item as its JSON
    /// (so a list of numbers never passes for the names it should hold).</summary>
    public IReadOnlyList<string> Texts(string path) =>
        [.. Items(path).Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())];

    /// <summary>The JSON value at <paramref name="path"/>; fails the test with <see cref="Describe"/> when it is missing.</summary>
    public JsonElement Require(string path) =>
        Get(path) ?? throw new AssertionException($"Expected JSON value at '{path}' but it is missing: {Describe()}");

    /// <summary>The string at <paramref name="path"/>; fails the test with <see cref="Describe"/> when missing or not a string.</summary>
    public string RequireStr(string path) =>
        Str(path) ?? throw new AssertionException($"Expected a JSON string at '{path}': {Describe()}");

    /// <summary>Returns this when the status is one of <paramref name="expected"/>, else fails the test with <see
    /// cref="Describe"/>.</summary>
    public ApiResponse EnsureStatus(params int[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return expected.Contains(Status)
            ? this
            : throw new AssertionException($"Expected status {string.Join(" or ", expected)} but got {Describe()}");
    }

    /// <summary>Method, path, status, request id, timing and a redacted body excerpt of about 300 characters.</summary>
    public string Describe() =>
        $"{Method} {Path} → {Status.ToString(CultureInfo.InvariantCulture)} {ReasonPhrase} " +
        $"(request id {RequestId ?? "none"}, {Elapsed.TotalMilliseconds:0} ms, {Attempts} " +
            $"attempt{(Attempts == 1 ? string.Empty : "s")}); " +
        $"body: {(Body.Length == 0 ? "(empty)" : _redactor.Excerpt(Body, BodyExcerptChars).ReplaceLineEndings(" "))}";

    /// <inheritdoc />
    public override string ToString() => Describe();
}
