using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Netra.E2E.ReferenceBackend.Tests.Infrastructure;

/// <summary>A WebSocket client for tests: connects with a pinned certificate, reads whole JSON frames, keeps what it saw.</summary>
internal sealed class WsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly byte[] _buffer = new byte[64 * 1024];

    private WsClient(ClientWebSocket socket) => _socket = socket;

    public List<JsonObject> Seen { get; } = [];

    public WebSocket Socket => _socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Connects; the token goes in the Authorization header unless <paramref name="configure"/> puts it elsewhere.</summary>
    public static async Task<WsClient> ConnectAsync(TestServer server, string? token, CancellationToken cancellationToken,
        Action<ClientWebSocketOptions>? configure = null)
    {
        var (client, status) = await TryConnectAsync(server, token, cancellationToken, configure);
        return client ?? throw new InvalidOperationException($"WebSocket handshake refused with HTTP {status}.");
    }

    /// <summary>Connects, or returns the handshake's HTTP status when the server refused the upgrade.</summary>
    public static async Task<(WsClient? Client, HttpStatusCode? Status)> TryConnectAsync(
        TestServer server, string? token, CancellationToken cancellationToken, Action<ClientWebSocketOptions>? configure = null,
            string? query = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) => server.IsPinned(certificate);
        socket.Options.CollectHttpResponseDetails = true;
        if (token is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        }

        configure?.Invoke(socket.Options);
        try
        {
            await socket.ConnectAsync(new Uri(server.Server.WebSocketUrl + (query ?? string.Empty)), cancellationToken);
            return (new WsClient(socket), null);
        }
        catch (WebSocketException)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            return (null, status);
        }
    }

    public Task SendAsync(JsonObject message, CancellationToken cancellationToken) => SendTextAsync(message.ToJsonString(),
        cancellationToken);

    public async Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>The next whole frame as JSON, or null when the server closed.</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(count), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            count += result.Count;
            if (result.EndOfMessage)
            {
                var frame = JsonNode.Parse(_buffer.AsSpan(0, count))!.AsObject();
                Seen.Add(frame);
                return frame;
            }
        }
    }

    /// <summary>Frames until one matches (server pings skipped); fails with everything seen when the server closes.</summary>
    public async Task<JsonObject> ReceiveUntilAsync(Func<JsonObject, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await ReceiveAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Closed ({CloseStatus}) before the expected frame; saw: {Describe()}");
            if (match(frame))
            {
                return frame;
            }
        }
    }

    public Task<JsonObject> ReceiveTypeAsync(string type, CancellationToken cancellationToken) =>
        ReceiveUntilAsync(f => f.Type() == type, cancellationToken);

    /// <summary>The events of one run (by message_id when given), up to and including its terminal event.</summary>
    public async Task<IReadOnlyList<JsonObject>> ReceiveRunAsync(string? messageId, CancellationToken cancellationToken)
    {
        var events = new List<JsonObject>();
        while (true)
        {
            var frame = await ReceiveUntilAsync(f => f["run_id"] is not null && (messageId is null || f.Str("message_id") == messageId),
                cancellationToken);
            events.Add(frame);
            if (frame.Type() is "agent_completed" or "agent_error")
            {
                return events;
            }
        }
    }

    public string Describe() => string.Join(" | ", Seen.TakeLast(20).Select(f => f.ToJsonString()[..Math.Min(f.ToJsonString().Length,
        200)]));

    public async ValueTask DisposeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", deadline.Token);
            }
            catch (WebSocketException)
            {
                _socket.Abort();
            }
            catch (OperationCanceledException)
            {
                _socket.Abort();
            }
        }

        _socket.Dispose();
    }
}
