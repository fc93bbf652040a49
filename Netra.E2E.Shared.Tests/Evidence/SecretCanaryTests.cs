using System.Text;
using Netra.E2E.Shared.Tests.Loopback;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Evidence;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Shared.Tests.Evidence;

// Runs every flow with known secrets against a loopback server that echoes them back, then searches everything a
// failing test would print (evidence file, summary, failure messages, ToString of every value) for them.
public sealed class SecretCanaryTests
{
    private const string JwtSecret = "canary-jwt-secret-3f9a1c7e5b2d4f6a8c0e";
    private const string BypassKey = "canary-bypass-key-7d1e9b3f5a";
    private const string Password = "canary-password-Q8w#z!";

    [Test]
    public async Task EveryFlow_KnownSecrets_NeverAppearInRenderedOutput()
    {
        await using var server = await LoopbackServer.StartAsync(new LoopbackAuthOptions(JwtSecret, BypassKey), CancellationToken.None);
        using var http = new NetraHttp(new NetraHttpOptions { RequestTimeout = TimeSpan.FromSeconds(2) });
        var log = new EvidenceLog("canary");
        var output = new StringBuilder();
        var issued = new List<string>();
        var client = http.CreateClient(server.BaseUrl, log);

        var register = new E2EAuthHelper(LoopbackTarget.For(server, AuthMode.Register, JwtSecret, BypassKey), client);
        var user = await register.CreateAuthenticatedUserAsync("canary", CancellationToken.None);
        server.State.Users["known@netra-e2e.test"] = Password;
        var known = await register.LoginAsync("known@netra-e2e.test", new Secret(Password, "canary password"), CancellationToken.None);
        output.AppendLine(await FailureAsync(() => register.LoginAsync(user.Email, new Secret(Password, "canary password"),
            CancellationToken.None)));
        var refreshed = await register.RefreshAsync(user, CancellationToken.None);
        await register.LogoutAsync(refreshed, CancellationToken.None);
        var bypassUser = await new E2EAuthHelper(LoopbackTarget.For(server, AuthMode.Bypass, JwtSecret, BypassKey),
            client).CreateAuthenticatedUserAsync(CancellationToken.None);
        var minted = register.MintUser("canary");
        issued.AddRange([known.AccessToken, user.AccessToken, user.RefreshToken!, refreshed.AccessToken, refreshed.RefreshToken!,
            bypassUser.AccessToken, minted.AccessToken]);
        issued.Add(register.BadTokens.WrongSignature());
        output.AppendLine(user.ToString()).AppendLine(minted.ToString()).AppendLine(LoopbackTarget.For(server, AuthMode.Mint, JwtSecret,
            BypassKey).ToString());

        var echoed = await client.SendAsync(new ApiRequest(HttpMethod.Post, "/echo")
        {
            Body = new { password = Password, note = $"{JwtSecret} {BypassKey}" }, Bearer = user.AccessToken,
            Headers = new Dictionary<string, string> { ["X-E2E-Bypass-Key"] = BypassKey, ["Cookie"] = "session=" + Password },
        }, CancellationToken.None);
        output.AppendLine(echoed.Describe()).AppendLine(Failure(() => echoed.Should().HaveStatus(418)));
        output.AppendLine(Failure(() => echoed.EnsureStatus(418)));

        foreach (var placement in new[] { TokenPlacement.AuthorizationHeader, TokenPlacement.Subprotocol, TokenPlacement.Query })
        {
            var options = WebSocketConnectOptions.WithToken(user.AccessToken, placement);
            await using (var ws = await NetraWebSocketClient.ConnectAsync(new WebSocketEndpoint(server.WebSocket("welcome",
                Guid.NewGuid().ToString("N"))), options, log, CancellationToken.None))
            {
                await ws.SendTextAsync($"{Password} {JwtSecret} {BypassKey} {user.AccessToken}", CancellationToken.None);
                await ws.WaitForAsync(f => f.Type == "echo", "the echo", CancellationToken.None);
                output.AppendLine(await FailureAsync(() => ws.Frames.WaitForAsync(_ => false, "never", 0, TimeSpan.FromMilliseconds(100),
                    CancellationToken.None)));
            }

            output.AppendLine(await FailureAsync(() =>
                NetraWebSocketClient.ConnectExpectingRejectionAsync(new WebSocketEndpoint(server.WebSocket("welcome", "x")), options, log,
                    CancellationToken.None)));
            output.AppendLine(await FailureAsync(() => NetraWebSocketClient.ConnectAsync(new WebSocketEndpoint(server.WebSocket("reject403",
                "x")), options, log, CancellationToken.None)));
            output.AppendLine(await FailureAsync(() => NetraWebSocketClient.ConnectAsync(new WebSocketEndpoint(new Uri(ClosedPort.Url("ws"),
                "/ws?token=" + user.AccessToken)), options, log, CancellationToken.None)));
        }

        output.AppendLine(await FailureAsync(() => http.CreateClient(ClosedPort.Url("http"), log).GetAsync("/x?token=" + user.AccessToken,
            user.AccessToken, CancellationToken.None)));
        output.AppendLine(log.Summary()).AppendLine(log.Render()).AppendLine(File.ReadAllText(log.AttachToCurrentTest()));

        var text = output.ToString();
        text.Should().Contain("<jwt sha256:", "the flows must have produced redacted tokens, or the canary proves nothing")
            .And.Contain("token=<jwt sha256:").And.Contain("(token via Subprotocol) handshake 101 (jwt-auth)")
                .And.Contain("<secret canary password");
        foreach (var secret in new[] { JwtSecret, BypassKey, Password, user.Password!.Reveal() }.Concat(issued))
        {
            text.Should().NotContain(secret, $"a secret (sha256:{Secret.FingerprintOf(secret)}) leaked into the output");
        }

        foreach (var token in issued)
        {
            text.Should().NotContain(AuthHeaders.TokenSubprotocol(token)[4..]);
        }

        text.Should().NotContain("eyJ");
    }

    private static string Failure(Action action)
    {
        try
        {
            action();
            return "no failure";
        }
        catch (AssertionException ex)
        {
            return ex.ToString();
        }
    }

    private static async Task<string> FailureAsync(Func<Task> action)
    {
        try
        {
            await action();
            return "no failure";
        }
        catch (Exception ex) when (ex is AssertionException or ApiRequestException or WebSocketConnectException or AuthFlowException)
        {
            return ex.ToString();
        }
    }
}
