using NUnit.Framework;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.WebSockets;

/// <summary>Connects expecting a refusal and accepts exactly the two forms contract 5 allows; anything else fails the test.</summary>
internal static class WebSocketRejectionProbe
{
    private const string Expected =
        "Expected the WebSocket to be refused (contract 5: handshake 401/403, or accept then one error_message " +
        "NO_TOKEN|INVALID_FORMAT|VALIDATION_FAILED and close 1008)";

    private static readonly string[] ErrorCodes = ["NO_TOKEN", "INVALID_FORMAT", "VALIDATION_FAILED"];

    public static async Task<WebSocketRejection> RunAsync(
        WebSocketEndpoint endpoint, WebSocketConnectOptions options, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        NetraWebSocketClient client;
        try
        {
            client = await NetraWebSocketClient.ConnectAsync(endpoint, options, evidence, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketHandshakeRejectedException refused) when (refused.Status is 401 or 403)
        {
            return new WebSocketRejection(RejectionKind.HandshakeRefused, refused.Status, null, null, null);
        }
        catch (WebSocketHandshakeRejectedException refused)
        {
            throw new AssertionException($"{Expected}; instead the handshake was refused with HTTP {refused.Status}.", refused);
        }

        await using (client.ConfigureAwait(false))
        {
            try
            {
                var other = await client.Frames.WaitForAsync(
                    f => f.Type != "error_message", "a refusal", 0, endpoint.ConnectTimeout, cancellationToken).ConfigureAwait(false);
                throw new AssertionException(
                    $"{Expected}; instead the server accepted the connection and sent {other.Type ?? "a non-JSON frame"}. " +
                        $"{client.Frames.Describe()}");
            }
            catch (WebSocketClosedException closed)
            {
                var errors = closed.Seen.Where(f => f.Type == "error_message").ToList();
                var code = errors.Count == 1 ? errors[0].Json.Str("error_code") : null;
                if (closed.Close.Status != 1008 || code is null || !ErrorCodes.Contains(code))
                {
                    throw new AssertionException(
                        $"{Expected}; instead the server accepted, sent {errors.Count} error_message frame(s) (error_code " +
                            $"{code ?? "none"}) " +
                        $"and closed with {closed.Close}. {client.Frames.Describe()}");
                }

                return new WebSocketRejection(RejectionKind.ClosedAfterAccept, 101, closed.Close.Status, code, errors[0]);
            }
            catch (FrameWaitException silent)
            {
                var what = client.Frames.EndReason is { } end
                    ? $"ended it without a close frame ({end})"
                    : $"neither refused nor closed within {endpoint.ConnectTimeout.TotalSeconds:0.#} s";
                throw new AssertionException(
                    $"{Expected}; instead the server accepted the connection and then {what}. {client.Frames.Describe()}", silent);
            }
        }
    }
}
