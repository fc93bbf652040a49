using System.Net.Security;
using System.Net.Sockets;
using System.Net;
using System.Security.Authentication;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Network;

/// <summary>
/// Checks once, before any test, that every service of the target can be reached: DNS, TCP, and TLS for https/wss.
/// Fails within the deadline with the host and the cause, instead of one timeout per test.
/// </summary>
public static class TargetPreflight
{
    /// <summary>Checks backend, auth service and WebSocket host in parallel within <paramref name="timeout"/>.</summary>
    public static async Task CheckAsync(NetraTarget target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var endpoints = new[] { target.BackendUrl, target.AuthUrl, target.WebSocketUrl }
            .DistinctBy(u => (u.Host, u.Port))
            .ToList();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var validate = TlsTrust.For(target.PinnedCertificate, target.CustomTrust);
        var checks = endpoints.Select(e => CheckEndpointAsync(e, validate, timeout, cancellationToken, deadline.Token)).ToList();
        await Task.WhenAll(checks).ConfigureAwait(false);
    }

    private static async Task CheckEndpointAsync(
        Uri endpoint, RemoteCertificateValidationCallback validate, TimeSpan timeout, CancellationToken caller, CancellationToken deadline)
    {
        var stage = "DNS lookup";
        try
        {
            var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(endpoint.Host, deadline).ConfigureAwait(false);
            if (addresses.Length == 0)
            {
                throw new TargetUnreachableException(endpoint, UnreachableCause.Dns, "the name resolved to no address");
            }

            stage = "TCP connect";
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(addresses, endpoint.Port, deadline).ConfigureAwait(false);
            if (endpoint.Scheme is "https" or "wss")
            {
                stage = "TLS handshake";
                var tls = new SslStream(new NetworkStream(socket, ownsSocket: false));
                await using var tlsScope = tls.ConfigureAwait(false);
                await tls.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions { TargetHost = endpoint.Host, RemoteCertificateValidationCallback = validate },
                    deadline).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            throw new TargetUnreachableException(endpoint, UnreachableCause.Timeout,
                $"no answer to the {stage} within {timeout.TotalSeconds:0.#} s");
        }
        catch (SocketException ex) when (stage == "DNS lookup")
        {
            throw new TargetUnreachableException(endpoint, UnreachableCause.Dns, $"{ex.SocketErrorCode}: {ex.Message}", ex);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
        {
            throw new TargetUnreachableException(endpoint, UnreachableCause.Refused, $"{ex.SocketErrorCode}: {ex.Message}", ex);
        }
        catch (SocketException ex)
        {
            throw new TargetUnreachableException(endpoint, UnreachableCause.Network, $"{stage}: {ex.SocketErrorCode}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException && stage == "TLS handshake")
        {
            throw new TargetUnreachableException(endpoint, UnreachableCause.Tls, ex.Message, ex);
        }
    }
}
