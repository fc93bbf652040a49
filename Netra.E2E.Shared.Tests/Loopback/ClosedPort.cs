using System.Net;
using System.Net.Sockets;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>
/// A loopback port with no listener: connecting to it is refused at once. The port stays bound (never listening) by this
/// process for its whole life, so no server another test starts can be given it; a port merely found free and released
/// again could be, and a test expecting "connection refused" would then talk to that server.
/// </summary>
public static class ClosedPort
{
    private static readonly Socket Held = Bind();

    public static Uri Url(string scheme) => new($"{scheme}://127.0.0.1:{((IPEndPoint)Held.LocalEndPoint!).Port}");

    private static Socket Bind()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }
}
