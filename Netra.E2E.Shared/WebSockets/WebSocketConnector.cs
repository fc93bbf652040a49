using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Network;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>
/// Builds and connects a <see cref="ClientWebSocket"/> within the connect deadline: the connect task is raced against it
/// (some ClientWebSocket paths ignore cancellation), and on any failure, the deadline's included, the socket is aborted.
/// </summary>
internal static class WebSocketConnector
{
    // One handler per trust (pin, custom CAs), shared by every socket of it. A ClientWebSocket given a certificate callback
    // of its own builds a private handler and connection pool per socket (about 5 KiB held by each idle connection).
    private static readonly ConcurrentDictionary<string, Lazy<HttpMessageInvoker>> Invokers = new(StringComparer.Ordinal);

    public static Uri UrlFor(WebSocketEndpoint endpoint, WebSocketConnectOptions options) =>
        options is { Placement: TokenPlacement.Query, Token: { } token }
            ? new UriBuilder(endpoint.Url) { Query = (endpoint.Url.Query.Length > 1 ? endpoint.Url.Query[1..] + "&" : string.Empty)
                + "token=" + Uri.EscapeDataString(token) }.Uri
            : endpoint.Url;

    public static ClientWebSocket Create(WebSocketEndpoint endpoint, WebSocketConnectOptions options)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(15);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(15);
        if (options.Token is { } token)
        {
            switch (options.Placement)
            {
                case TokenPlacement.AuthorizationHeader:
                    socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
                    break;
                case TokenPlacement.Subprotocol:
                    foreach (var entry in AuthHeaders.WebSocketSubprotocols(token))
                    {
                        socket.Options.AddSubProtocol(entry);
                    }

                    break;
            }
        }

        foreach (var protocol in options.Subprotocols ?? [])
        {
            socket.Options.AddSubProtocol(protocol);
        }

        foreach (var (name, value) in options.Headers ?? new Dictionary<string, string>())
        {
            socket.Options.SetRequestHeader(name, value);
        }

        return socket;
    }

    public static async Task ConnectAsync(
        ClientWebSocket socket, Uri url, WebSocketEndpoint endpoint, WebSocketSessionEvidence session, Redactor redactor,
            CancellationToken cancellationToken)
    {
        // One deadline, the wait's: when it passes, the socket is aborted below, which ends the pending connect.
        var connect = socket.ConnectAsync(url, InvokerFor(endpoint), cancellationToken);
        try
        {
            await connect.WaitAsync(endpoint.ConnectTimeout, cancellationToken).ConfigureAwait(false);
            session.RecordHandshake(101, socket.SubProtocol);

            // The response headers are collected for a refused handshake's report; an accepted socket need not hold them.
            socket.HttpResponseHeaders = null;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
        {
            socket.Abort();
            _ = connect.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            var status = (int)socket.HttpStatusCode;
            session.RecordHandshake(status == 0 ? null : status, null);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                session.End("connect cancelled by the test's deadline");
                throw;
            }

            var shownUrl = redactor.RedactUrl(url);
            if (status is > 0 and not 101)
            {
                var headers = (socket.HttpResponseHeaders ?? new Dictionary<string, IEnumerable<string>>())
                    .ToDictionary(h => h.Key, h => redactor.RedactHeader(h.Key, string.Join(", ", h.Value)),
                        StringComparer.OrdinalIgnoreCase);
                session.End($"handshake refused with HTTP {status}");
                throw new WebSocketHandshakeRejectedException(shownUrl, status, headers, ex);
            }

            var cause = ex is WebSocketException ws
                ? $"{ws.WebSocketErrorCode}: " +
                    redactor.Redact(ws.Message) + (ws.InnerException is { } inner ? $" ({redactor.Redact(inner.Message)})" : string.Empty)
                : $"no handshake answer within {endpoint.ConnectTimeout.TotalSeconds:0.#} s";
            session.End($"connect failed: {cause}");
            throw new WebSocketConnectException($"WebSocket connect to {shownUrl} failed: {cause}.", ex);
        }
    }

    /// <summary>
    /// The handler for <paramref name="endpoint"/>'s trust, as ClientWebSocket would build its own: no pooling (an upgraded
    /// connection is the socket's), no cookies, the certificate check of <see cref="TlsTrust"/>.
    /// </summary>
    private static HttpMessageInvoker InvokerFor(WebSocketEndpoint endpoint)
    {
        var pin = endpoint.PinnedCertificate?.GetCertHashString(HashAlgorithmName.SHA256) ?? "-";
        var trust = endpoint.CustomTrust is { Count: > 0 } custom
            ? string.Join(",", custom.Select(c => c.GetCertHashString(HashAlgorithmName.SHA256)))
            : "-";
        return Invokers.GetOrAdd($"{pin}|{trust}", _ => new Lazy<HttpMessageInvoker>(() => new HttpMessageInvoker(
            new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.Zero,
                UseCookies = false,
                SslOptions = { RemoteCertificateValidationCallback = TlsTrust.For(endpoint.PinnedCertificate, endpoint.CustomTrust) },
            }))).Value;
    }
}
