using System.Net;
using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>A read HTTP answer; its <see cref="ToString"/> is what assertion messages show.</summary>
internal sealed class ApiResponse
{
    private readonly Dictionary<string, string> _headers;
    private JsonNode? _json;

    private ApiResponse(HttpStatusCode status, Dictionary<string, string> headers, string body)
    {
        Status = status;
        _headers = headers;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public string Body { get; }

    public JsonNode Json => _json ??= JsonNode.Parse(Body) ?? throw new InvalidOperationException("Empty JSON body: " + this);

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        return new ApiResponse(response.StatusCode, headers, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public string? Header(string name) => _headers.GetValueOrDefault(name);

    public string Text(string property) => Json[property]?.GetValue<string>()
        ?? throw new InvalidOperationException($"No '{property}' in {this}");

    public override string ToString() => $"{(int)Status} {Body[..Math.Min(Body.Length, 600)]}";
}
