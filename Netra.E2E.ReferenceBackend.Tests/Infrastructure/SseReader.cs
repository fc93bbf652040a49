using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>Reads a server-sent-event response: each <c>data:</c> block as JSON, until the response ends.</summary>
internal static class SseReader
{
    public static async Task<(HttpStatusCode Status, string? ContentType, List<JsonObject> Events)> PostAsync(
        TestServer server, string path, string token, JsonObject body, CancellationToken cancellationToken, Func<JsonObject,
            bool>? stopAfter = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Backend(path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var events = new List<JsonObject>();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var block = JsonNode.Parse(line["data: ".Length..])!.AsObject();
                events.Add(block);
                if (stopAfter?.Invoke(block) == true)
                {
                    break;
                }
            }
        }

        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, events);
    }
}
