using FluentAssertions;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Json;
using Netra.E2E.Shared.Testing;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.High;

/// <summary>Which token wins, what a refusal may show, the per-user connection limit and the close codes (contract 5).</summary>
[High]
[WritesData]
public sealed class WebSocketTokenPlacementTests : E2ETest
{
    private static readonly int[] AllowedCloseCodes = [1000, 1008, 1011, 1013];

    public enum Contest
    {
        HeaderOverSubprotocol,
        SubprotocolOverQuery,
        HeaderOverQuery,
    }

    [TestCase(Contest.HeaderOverSubprotocol)]
    [TestCase(Contest.SubprotocolOverQuery)]
    [TestCase(Contest.HeaderOverQuery)]
    [Legacy("NEW")]
    [Verifies("WS-TOKEN-4")]
    public async Task Handshake_WithTwoUsersTokensInTwoPlaces_BelongsToTheWinningPlacesUser(Contest contest)
    {
        var winner = await NewUserAsync("tokenwinner");
        var loser = await NewUserAsync("tokenloser");
        var options = contest switch
        {
            Contest.HeaderOverSubprotocol => WebSocketConnectOptions.WithToken(loser.AccessToken, TokenPlacement.Subprotocol) with
            {
                Headers = Bearer(winner),
            },
            Contest.SubprotocolOverQuery => WebSocketConnectOptions.WithToken(loser.AccessToken, TokenPlacement.Query) with
            {
                Subprotocols = AuthHeaders.WebSocketSubprotocols(winner.AccessToken),
            },
            _ => WebSocketConnectOptions.WithToken(loser.AccessToken, TokenPlacement.Query) with { Headers = Bearer(winner) },
        };

        var socket = await ConnectAsync(options);
        var welcome = await socket.WaitForWelcomeAsync(Cancellation);
        welcome.Json.Str("data.user_id").Should().Be(winner.UserId,
            "with {0} the connection belongs to the winning place's user {1}, not {2}; welcome was {3}", contest, winner.UserId,
            loser.UserId, welcome.Text);
        var pong = await socket.RoundTripAsync(Cancellation);
        pong.Json.Str("data.user_id").Should().Be(winner.UserId, "the pong names the connection's user; pong was {0}", pong.Text);
    }

    [TestCase("garbage")]
    [TestCase("wrong-signature")]
    [TestCase("alg-none")]
    [TestCase("two-segments")]
    [Legacy("NEW")]
    [Verifies("WS-AUTH-11")]
    public async Task Refusal_NeverEchoesTheTokenOrAnyPartOfTheAuthorizationHeader(string kind)
    {
        var user = await NewUserAsync("noecho");
        var token = kind switch
        {
            "garbage" => BadTokenFactory.Garbage(),
            "wrong-signature" => Auth.BadTokens.WrongSignature(user),
            "alg-none" => Auth.BadTokens.AlgNone(user),
            _ => Auth.BadTokens.Malformed(user),
        };

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(token));
        if (rejection.ErrorFrame is not { } frame)
        {
            rejection.Kind.Should().Be(RejectionKind.HandshakeRefused, "a refusal without a frame is a refused handshake; got {0}",
                rejection);
            return;
        }

        var echoed = Pieces(token).Where(p => frame.Text.Contains(p, StringComparison.Ordinal)).ToList();
        echoed.Should().BeEmpty("the refusal frame must not contain the token or any part of the Authorization header; it held {0}: {1}",
            string.Join(", ", echoed.Select(p => $"'{p}'")), frame.Text);
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("WS-CONN-3", "WS-CLOSE-1")]
    public async Task ConnectionLimit_IsPerUser_AnotherUserIsWelcomedWhileOneIsAtItsLimit()
    {
        var full = await NewUserAsync("atlimit");
        var other = await NewUserAsync("notatlimit");
        for (var i = 0; i < 5; i++)
        {
            await ConnectWelcomedAsync(full);
        }

        var sixth = await ConnectAsync(full);
        var close = await sixth.WaitForCloseAsync(Settings.RunTimeout, Cancellation);
        close.Status.Should().Be(1013, "a user over its connection limit is closed with 1013 (try later); got {0}. {1}", close,
            sixth.Frames.Describe());

        var welcomed = await ConnectAsync(other);
        var welcome = await welcomed.WaitForWelcomeAsync(Cancellation);
        welcome.Json.Str("data.user_id").Should().Be(other.UserId,
            "the limit is per user: another user is welcomed while {0} holds 5 connections; welcome was {1}", full.UserId, welcome.Text);
    }

    [Test]
    [Legacy("NEW")]
    [Verifies("WS-CLOSE-1")]
    public async Task CloseCodes_NormalCloseIs1000_AuthenticationRefusalIs1008()
    {
        var user = await NewUserAsync("closecodes");
        var socket = await ConnectWelcomedAsync(user);
        var answer = await socket.CloseAsync(Cancellation);
        answer.Should().NotBeNull("the server answers a client's close handshake; frames were {0}", socket.Frames.Describe());
        answer!.Status.Should().Be(1000, "a normal close is answered with 1000; got {0}", answer);

        var rejection = await ConnectExpectingRejectionAsync(WebSocketConnectOptions.WithToken(BadTokenFactory.Garbage()));
        if (rejection.Kind == RejectionKind.HandshakeRefused)
        {
            rejection.HandshakeStatus.Should().BeOneOf([401, 403], "a refused handshake is 401 or 403; got {0}", rejection);
            return;
        }

        rejection.CloseStatus.Should().Be(1008, "an authentication refusal after accept closes with 1008; got {0}", rejection);
        AllowedCloseCodes.Should().Contain(rejection.CloseStatus!.Value, "the server closes only with 1000, 1008, 1011 or 1013");
    }

    private static Dictionary<string, string> Bearer(TestUser user) => new() { ["Authorization"] = "Bearer " + user.AccessToken };

    /// <summary>Every 12-character piece of the token: a frame holding one echoes part of the Authorization header.</summary>
    private static IEnumerable<string> Pieces(string token)
    {
        const int Length = 12;
        return token.Length <= Length
            ? [token]
            : Enumerable.Range(0, token.Length - Length + 1).Select(i => token.Substring(i, Length)).Distinct();
    }
}
