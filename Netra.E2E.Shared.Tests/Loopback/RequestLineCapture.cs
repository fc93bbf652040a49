using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>
/// A raw TCP listener that reads one HTTP request line exactly as it arrived (no server normalisation) and answers 404.
/// </summary>
public sealed class RequestLineCapture : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public RequestLineCapture()
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
    }

    public Uri Url { get; }

    public async Task<string> ReadRequestLineAsync(CancellationToken cancellationToken)
    {
        using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        var line = await reader.ReadLineAsync(cancellationToken) ?? string.Empty;
        while (!string.IsNullOrEmpty(await reader.ReadLineAsync(cancellationToken)))
        {
        }

        var answer = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray();
        await stream.WriteAsync(answer, cancellationToken);
        return line;
    }

    public void Dispose() => _listener.Dispose();
}
