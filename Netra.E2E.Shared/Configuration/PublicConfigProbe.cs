using System.Net.Http.Json;
using System.Text.Json;

namespace Netra.E2E.Shared.Configuration;

/// <summary>Reads <c>environment</c> from the target's <c>GET /api/config/public</c> for the production guard.</summary>
public static class PublicConfigProbe
{
    /// <summary>The reported environment, or null when the endpoint does not answer 200 with that field.</summary>
    public static async Task<string?> ReadEnvironmentAsync(NetraTarget target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = TlsTrust.For(target.PinnedCertificate) },
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var response = await client.GetAsync(new Uri(target.BackendUrl, "/api/config/public"), deadline.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(deadline.Token).ConfigureAwait(false);
            return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("environment", out var env) && env.ValueKind == JsonValueKind.String
                ? env.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
