using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>A started reference server plus an HTTP client that trusts exactly its certificate.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    public TestServer(ReferenceServer server)
    {
        Server = server;
        Http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 256,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => IsPinned(certificate) },
        })
        { Timeout = TimeSpan.FromSeconds(30) };
    }

    public ReferenceServer Server { get; }

    public HttpClient Http { get; }

    public bool IsPinned(X509Certificate? certificate) =>
        certificate is not null && Server.Certificate is not null
        && certificate.GetCertHashString(HashAlgorithmName.SHA256) == Server.Certificate.GetCertHashString(HashAlgorithmName.SHA256);

    public Uri Backend(string pathAndQuery) => new(Server.BackendUrl, pathAndQuery);

    public Uri Auth(string pathAndQuery) => new(Server.AuthUrl, pathAndQuery);

    public Task<ApiResponse> GetAsync(string path, string? token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, Backend(path), token, null, cancellationToken);

    public Task<ApiResponse> PostAsync(string path, string? token, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Backend(path), token, body, cancellationToken);

    public Task<ApiResponse> AuthPostAsync(string path, JsonNode? body, CancellationToken cancellationToken, string? token = null) =>
        SendAsync(HttpMethod.Post, Auth(path), token, body, cancellationToken);

    public async Task<ApiResponse> SendAsync(
        HttpMethod method, Uri url, string? token, JsonNode? body, CancellationToken cancellationToken,
            Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        configure?.Invoke(request);
        using var response = await Http.SendAsync(request, cancellationToken);
        return await ApiResponse.ReadAsync(response, cancellationToken);
    }

    /// <summary>A fresh user from the bypass endpoint (user id <c>e2e-&lt;local part&gt;</c>).</summary>
    public async Task<TestUser> NewUserAsync(CancellationToken cancellationToken)
    {
        var local = "u" + Guid.NewGuid().ToString("N")[..12];
        var email = local + "@netra.test";
        var response = await SendAsync(HttpMethod.Post, Auth("/auth/e2e/test-auth"), null, new JsonObject { ["email"] = email },
            cancellationToken,
            request => request.Headers.Add("X-E2E-Bypass-Key", TestServers.BypassKey));
        response.Status.Should().Be(System.Net.HttpStatusCode.OK, "test-auth should issue a pair; got {0}", response);
        return new TestUser("e2e-" + local, email, response.Text("access_token"), response.Text("refresh_token"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
