using System.Net;
using System.Net.Sockets;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>A loopback port that was just free and has no listener: connecting to it is refused at once.</summary>
public static class ClosedPort
{
    public static Uri Url(string scheme)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"{scheme}://127.0.0.1:{port}");
    }
}
