using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Http;

/// <summary>Builds a fresh <see cref="HttpRequestMessage"/> per attempt from an <see cref="ApiRequest"/>.</summary>
internal static class HttpMessageFactory
{
    private static readonly JsonSerializerOptions BodyOptions = new(JsonSerializerDefaults.General);

    /// <summary>The body text to send, or null: <see cref="ApiRequest.RawBody"/> verbatim, else <see cref="ApiRequest.Body"/> as
    /// JSON.</summary>
    public static string? BodyText(ApiRequest request) =>
        request.RawBody ?? request.Body switch
        {
            null => null,
            Dictionary<string, string> fields => Fields(fields),
            var body => JsonSerializer.Serialize(body, body.GetType(), BodyOptions),
        };

    // A body of string fields (the auth calls, once per user under load), written without resolving the dictionary's
    // converter per call.
    private static string Fields(Dictionary<string, string> fields) =>
        Encoding.UTF8.GetString(JsonWriting.Object(fields, static (writer, fields) =>
        {
            foreach (var (name, value) in fields)
            {
                writer.WriteString(name, value);
            }
        }));

    public static HttpRequestMessage Create(ApiRequest request, Uri url, string? body, string? accept = null)
    {
        var message = new HttpRequestMessage(request.Method, url);
        if (body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8);
            message.Content.Headers.Remove("Content-Type");
            var contentType = request.RawBody is null ? "application/json; charset=utf-8" : request.RawBodyContentType;
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (request.Bearer is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.Bearer);
        }

        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.Remove(name);
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                if (message.Content is null)
                {
                    throw new ArgumentException($"Header '{name}' is a content header; the request has no body to carry it.",
                        nameof(request));
                }

                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>All headers of a message or response as redacted "Name: value" lines.</summary>
    public static IReadOnlyList<string> Describe(HttpHeaders headers, HttpHeaders? content, Redactor redactor) =>
        [.. headers.Concat(content ?? (IEnumerable<KeyValuePair<string, IEnumerable<string>>>)[])
            .Select(h => $"{h.Key}: {redactor.RedactHeader(h.Key, string.Join(", ", h.Value))}")];

    /// <summary>
    /// Response and content headers merged, case-insensitive, each value as the target sent it: read without the typed
    /// parsing and re-formatting of each known header, which nothing here needs and every answer would pay for.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Collect(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(headers, response.Headers.NonValidated);
        Add(headers, response.Content.Headers.NonValidated);
        return headers;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> headers, HttpHeadersNonValidated source)
    {
        foreach (var header in source)
        {
            var values = headers.TryGetValue(header.Key, out var existing)
                ? new List<string>(existing)
                : new List<string>(header.Value.Count);
            foreach (var value in header.Value)
            {
                values.Add(value);
            }

            headers[header.Key] = values;
        }
    }
}
