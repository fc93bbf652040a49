using System.Net.WebSockets;
using System.Text.Json;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>
/// One WebSocket connection to the target: connected within a deadline, one receive loop feeding <see cref="Frames"/>,
/// serialised sends with a deadline, automatic answers to server pings, a bounded close, and a dispose that never hangs.
/// Everything in and out is recorded in the test's evidence. Dispose with <c>await using</c>.
/// </summary>
public sealed partial class NetraWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private static readonly TimeSpan DefaultRoundTripTimeout = TimeSpan.FromSeconds(10);
    private readonly WebSocketEndpoint _endpoint;
    private readonly WebSocketSessionEvidence _session;
    private readonly WebSocketConnectOptions _options;
    private readonly Redactor _redactor;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private readonly Action<ReceivedFrame> _recordReceived;
    private int _disposed;

    private NetraWebSocketClient(ClientWebSocket socket, WebSocketEndpoint endpoint, WebSocketConnectOptions options,
        WebSocketSessionEvidence session, Redactor redactor)
    {
        (_socket, _endpoint, _session, _options, _redactor) = (socket, endpoint, session, options, redactor);
        Frames = new FrameCollector(redactor);
        // Summary evidence only counts frames by type, so a frame's text is not decoded for it.
        _recordReceived = f => _session.RecordFrame(FrameDirection.Received, f.Type, _session.KeepsFrames ? f.Text : string.Empty);
        _receiving = Task.Run(() => ReceiveLoopAsync(_stop.Token));
    }

    /// <summary>Every message received, with waits that fail at their deadline listing what arrived.</summary>
    public FrameCollector Frames { get; }

    /// <summary>The subprotocol the server selected, or null.</summary>
    public string? SubProtocol => _socket.SubProtocol;

    /// <summary>The socket's state (Open, CloseReceived, Closed, Aborted ...).</summary>
    public WebSocketState State => _socket.State;

    /// <summary>Connects to the target's WebSocket URL with its pinned certificate and timeouts.</summary>
    public static Task<NetraWebSocketClient> ConnectAsync(NetraTarget target, WebSocketConnectOptions options, EvidenceLog evidence,
        CancellationToken cancellationToken) =>
        ConnectAsync(WebSocketEndpoint.For(target), options, evidence, cancellationToken);

    /// <summary>
    /// Connects within <see cref="WebSocketEndpoint.ConnectTimeout"/>. Throws <see cref="WebSocketHandshakeRejectedException"/>
    /// when the handshake is refused and <see cref="WebSocketConnectException"/> when there is no handshake answer.
    /// </summary>
    public static async Task<NetraWebSocketClient> ConnectAsync(
        WebSocketEndpoint endpoint, WebSocketConnectOptions options, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(evidence);
        var url = WebSocketConnector.UrlFor(endpoint, options);
        var session = evidence.StartWebSocketSession(url);
        var token = options.Token is null || options.Placement == TokenPlacement.None ? "no token" : $"token via {options.Placement}";
        session.RecordRequest(options.Headers is { Count: > 0 } headers ? $"{token}; headers {string.Join(", ", headers.Keys)}" : token);
        var socket = WebSocketConnector.Create(endpoint, options);
        try
        {
            await WebSocketConnector.ConnectAsync(socket, url, endpoint, session, evidence.Redactor,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            socket.Dispose();
            throw;
        }

        return new NetraWebSocketClient(socket, endpoint, options, session, evidence.Redactor);
    }

    /// <summary>
    /// Connects expecting the target to refuse: handshake 401/403, or accept then one <c>error_message</c> frame and close
    /// 1008 (contract 5). Returns how it refused; fails the test on a welcome or any other outcome.
    /// </summary>
    public static Task<WebSocketRejection> ConnectExpectingRejectionAsync(
        WebSocketEndpoint endpoint, WebSocketConnectOptions options, EvidenceLog evidence, CancellationToken cancellationToken) =>
        WebSocketRejectionProbe.RunAsync(endpoint, options, evidence, cancellationToken);

    /// <summary>As <see cref="ConnectExpectingRejectionAsync(WebSocketEndpoint, WebSocketConnectOptions, EvidenceLog, CancellationToken)"/>
    /// on the target's endpoint.</summary>
    public static Task<WebSocketRejection> ConnectExpectingRejectionAsync(
        NetraTarget target, WebSocketConnectOptions options, EvidenceLog evidence, CancellationToken cancellationToken) =>
        WebSocketRejectionProbe.RunAsync(WebSocketEndpoint.For(target), options, evidence, cancellationToken);

    /// <summary>
    /// Waits for the welcome (<c>system_message</c> with <c>data.event</c> "connection_established"); pings before it are
    /// allowed. The welcome is part of getting connected, so it shares the connect deadline (default 10 s) within the token.
    /// </summary>
    public Task<ReceivedFrame> WaitForWelcomeAsync(CancellationToken cancellationToken) =>
        Frames.WaitForAsync(IsWelcome, "the welcome frame (system_message / connection_established)", 0, _endpoint.ConnectTimeout,
            cancellationToken);

    /// <summary>
    /// Sends a ping and waits for the pong that answers it (within <paramref name="timeout"/>, default 10 s, and the token).
    /// The server answers one connection's messages in order, so once the pong is here every frame it queued for this
    /// connection before reading the ping has arrived: a delivery barrier instead of sleeping on the chance of a late frame.
    /// </summary>
    public async Task<ReceivedFrame> RoundTripAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var from = Frames.Count;
        await SendCoreAsync(PingFrame, null, null, cancellationToken).ConfigureAwait(false);
        return await Frames.WaitForAsync(
            static f => f.Type == "pong", "the pong answering our ping (a delivery barrier)", from, timeout ?? DefaultRoundTripTimeout,
                cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="RoundTripAsync(TimeSpan?, CancellationToken)"/> with the default 10 s.</summary>
    public Task<ReceivedFrame> RoundTripAsync(CancellationToken cancellationToken) => RoundTripAsync(null, cancellationToken);

    /// <summary>The first frame matching <paramref name="predicate"/> (already received or arriving before the token fires).</summary>
    public Task<ReceivedFrame> WaitForAsync(Func<ReceivedFrame, bool> predicate, string description, CancellationToken cancellationToken) =>
        Frames.WaitForAsync(predicate, description, cancellationToken);

    /// <summary>Waits until the connection ends and returns the server's close frame; fails when it ended without one or at the
    /// deadline.</summary>
    public async Task<WebSocketCloseInfo> WaitForCloseAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        await Frames.WaitForEndAsync(timeout, cancellationToken).ConfigureAwait(false);
        return Frames.Close ?? throw new FrameWaitException("a close frame", $"the connection ended without one ({Frames.EndReason})",
            Frames.Received, Frames.Describe());
    }

    /// <summary>Sends one text message within the send deadline (sends are serialised); the socket is aborted if the deadline
    /// passes.</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken) => SendCoreAsync(text, null, cancellationToken);

    /// <summary>Serialises <paramref name="message"/> with System.Text.Json (names as written) and sends it.</summary>
    public Task SendJsonAsync(object message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendCoreAsync(JsonSerializer.SerializeToUtf8Bytes(message, message.GetType()), null, null, cancellationToken);
    }

    /// <summary>Aborts the connection at once.</summary>
    public void Abort()
    {
        _socket.Abort();
        _session.End("aborted by the client");
    }

    /// <summary>Closes (bounded), aborts, stops the receive loop and releases the socket; never waits longer than about twice the close
    /// deadline.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await CloseAsync(CancellationToken.None).ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _receiving.WaitAsync(_endpoint.CloseTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Frames.End("the receive loop did not stop after abort");
        }

        _session.End("disposed by the client");
        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private static bool IsWelcome(ReceivedFrame frame) =>
        frame.Type == "system_message" && frame.Json is { } json && json.TryGetProperty("data", out var data) &&
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("event", out var evt) && evt.ValueKind == JsonValueKind.String &&
        evt.GetString() == "connection_established";

}
