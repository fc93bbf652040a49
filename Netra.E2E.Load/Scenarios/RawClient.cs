using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Running;

namespace Netra.E2E.Load.Scenarios;

/// <summary>
/// The baseline of <c>--client raw</c>: the same steps as the library's scenarios done with a bare
/// <see cref="ClientWebSocket"/> and one shared <see cref="HttpClient"/> — bypass token, connect with the bearer header,
/// read frames into one 4 KiB buffer, parse each once — and no evidence, collector or oracle. Needs a target without a
/// pinned certificate (plain HTTP: a standalone backend) and its bypass key in <c>E2E_BYPASS_KEY</c>.
/// </summary>
internal static class RawClient
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    private static readonly string Nonce = Guid.NewGuid().ToString("N")[..8];

    /// <summary>A bypass token for user <c>load-raw-{index}</c>, timed into <see cref="LoadHistograms.Token"/>.</summary>
    public static async Task<string> TokenAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = Environment.GetEnvironmentVariable("E2E_BYPASS_KEY")
            ?? throw new UnexpectedAnswerException(
                "configuration", "--client raw needs E2E_BYPASS_KEY (the standalone backend's bypass key).");
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(user.Target.Target.AuthUrl, "/auth/e2e/test-auth"))
        {
            Content = JsonContent.Create(new { email = $"load-raw-{user.Index}-{Nonce}@example.com", name = "raw" }),
        };
        request.Headers.Add("X-E2E-Bypass-Key", key);
        using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        user.Metrics.Record(LoadHistograms.Token, clock.Elapsed);
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A connected socket (bearer header) whose welcome has been read, timed into <see cref="LoadHistograms.Welcome"/>.</summary>
    public static async Task<ClientWebSocket> ConnectWelcomedAsync(
        VirtualUser user, string token, byte[] buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        var clock = Stopwatch.StartNew();
        try
        {
            await socket.ConnectAsync(user.Target.Target.WebSocketUrl, cancellationToken).ConfigureAwait(false);
            var (type, _) = await ReceiveAsync(socket, buffer, cancellationToken).ConfigureAwait(false);
            if (type != "system_message")
            {
                throw new UnexpectedAnswerException("welcome", $"the first frame was '{type}', not the welcome");
            }

            user.Metrics.Record(LoadHistograms.Welcome, clock.Elapsed);
            return socket;
        }
        catch (Exception)
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The next text message's <c>type</c> and <c>message_id</c> (null when absent); a close throws.</summary>
    public static async Task<(string? Type, string? MessageId)> ReceiveAsync(
        ClientWebSocket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(buffer);
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new UnexpectedAnswerException("drop", $"the server closed the connection ({socket.CloseStatus})");
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return Read(buffer.AsSpan(0, length));
            }

            if (length == buffer.Length)
            {
                throw new UnexpectedAnswerException("size", $"a message exceeded {buffer.Length} bytes");
            }
        }
    }

    /// <summary>Sends one text message.</summary>
    public static Task SendAsync(ClientWebSocket socket, string json, CancellationToken cancellationToken) =>
        socket.SendAsync(
            new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(json)), WebSocketMessageType.Text, true, cancellationToken).AsTask();

    private static (string? Type, string? MessageId) Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return (root.TryGetProperty("type", out var t) ? t.GetString() : null,
            root.TryGetProperty("message_id", out var m) ? m.GetString() : null);
    }
}
