using System.Security.Cryptography;
using Netra.E2E.Shared.Configuration;
using Netra.E2E.Shared.Http;

namespace Netra.E2E.Shared.Auth;

/// <summary>
/// Gets tokens the way <c>NETRA_AUTH_MODE</c> says (contract 1.2): register then login, the bypass endpoint, or local
/// minting. A failing mode throws <see cref="AuthFlowException"/>; there is no fallback. Each user is new and unique.
/// Every secret it uses is registered with the auth client's evidence log so it never appears in output.
/// </summary>
public sealed class E2EAuthHelper
{
    private readonly NetraTarget _target;
    private readonly NetraApiClient _auth;

    /// <summary>Creates the helper for <paramref name="target"/>, calling the auth service through <paramref name="authClient"/>.</summary>
    public E2EAuthHelper(NetraTarget target, NetraApiClient authClient)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(authClient);
        (_target, _auth) = (target, authClient);
        BadTokens = new BadTokenFactory(target);
        if (target.Settings.BypassKey is { } key)
        {
            authClient.Evidence.RegisterSecret(key);
        }

        if (target.JwtSecret.Secret is { } secret)
        {
            authClient.Evidence.RegisterSecret(secret);
        }
    }

    /// <summary>The mode in force (from the settings).</summary>
    public AuthMode Mode => _target.Settings.AuthMode;

    /// <summary>Deliberately bad tokens, each with one named defect.</summary>
    public BadTokenFactory BadTokens { get; }

    /// <summary>A unique address <c>e2e-[hint-]&lt;12 hex&gt;@netra-e2e.test</c>.</summary>
    public static string NewEmail(string? hint = null)
    {
        Span<char> kept = stackalloc char[24];
        var length = 0;
        foreach (var c in hint ?? string.Empty)
        {
            var lower = char.ToLowerInvariant(c);
            if (length < kept.Length && (char.IsAsciiLetterOrDigit(lower) || lower == '-'))
            {
                kept[length++] = lower;
            }
        }

        var safe = new string(kept[..length]);
        var unique = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return $"e2e-{(safe.Length > 0 ? safe + "-" : string.Empty)}{unique}@netra-e2e.test";
    }

    /// <summary>A new user with a token pair, by the configured mode.</summary>
    public Task<TestUser> CreateAuthenticatedUserAsync(CancellationToken cancellationToken) => CreateAuthenticatedUserAsync(null,
        cancellationToken);

    /// <summary>A new user whose e-mail and name carry <paramref name="nameHint"/>, by the configured mode.</summary>
    public async Task<TestUser> CreateAuthenticatedUserAsync(string? nameHint, CancellationToken cancellationToken)
    {
        return Mode switch
        {
            AuthMode.Register => await CreatePasswordUserAsync(nameHint, cancellationToken).ConfigureAwait(false),
            AuthMode.Bypass => await BypassAsync(nameHint, cancellationToken).ConfigureAwait(false),
            _ => MintUser(nameHint),
        };
    }

    /// <summary>
    /// A new user with a real token pair from the auth service, in every mode (contract 1.2: refresh tokens come only from
    /// the auth service). Register and bypass modes get one anyway; mint mode uses the bypass endpoint when a bypass key is
    /// configured, else registration.
    /// </summary>
    public async Task<TestUser> CreateUserWithRefreshTokenAsync(string? nameHint, CancellationToken cancellationToken) =>
        Mode == AuthMode.Bypass || (Mode == AuthMode.Mint && _target.Settings.BypassKey is not null)
            ? await BypassAsync(nameHint, cancellationToken).ConfigureAwait(false)
            : await CreatePasswordUserAsync(nameHint, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// A new user with a password (<c>POST /auth/register</c>, then <c>/auth/login</c>), in every mode, for tests of login
    /// itself. The password is a <see cref="Secret"/> registered with the evidence, so it never appears in output.
    /// </summary>
    public async Task<TestUser> CreatePasswordUserAsync(string? nameHint, CancellationToken cancellationToken)
    {
        var email = NewEmail(nameHint);
        var password = new Secret("E2e!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)), "generated password");
        _auth.Evidence.RegisterSecret(password);
        var body = new { email, password = password.Reveal(), name = DisplayName(nameHint) };
        var registered = await _auth.PostJsonAsync("/auth/register", body, cancellationToken).ConfigureAwait(false);
        Expect(registered, "POST /auth/register", 200, 201);
        return await LoginAsync(email, password, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one <c>POST /auth/login</c> for <paramref name="user"/>, with its own password or, when
    /// <paramref name="wrongPassword"/> is given, that one; never retried, returned as it is (for tests of login limits).
    /// </summary>
    public Task<ApiResponse> SendLoginAsync(TestUser user, string? wrongPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var password = wrongPassword
            ?? user.Password?.Reveal()
            ?? throw new AuthFlowException($"{user} has no password: create it with {nameof(CreatePasswordUserAsync)}.");
        var request = new ApiRequest(HttpMethod.Post, "/auth/login") { Body = new { email = user.Email, password }, AllowRetry = false };
        return _auth.SendAsync(request, cancellationToken);
    }

    /// <summary>Logs in with e-mail and password and returns the user with the new pair; fails unless 200.</summary>
    public async Task<TestUser> LoginAsync(string email, Secret password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        _auth.Evidence.RegisterSecret(password);
        var response = await _auth.PostJsonAsync("/auth/login", new { email, password = password.Reveal() },
            cancellationToken).ConfigureAwait(false);
        Expect(response, "POST /auth/login", 200);
        return TokenPairReader.Read(response, AuthMode.Register, email, string.Empty, password, "POST /auth/login");
    }

    /// <summary>
    /// A user signed locally with the target's secret (claims of contract 3.2, 30 min access), whatever the mode. It has no
    /// refresh token: only the auth service issues those (contract 1.2); see <see cref="CreateUserWithRefreshTokenAsync"/>.
    /// </summary>
    public TestUser MintUser(string? nameHint = null)
    {
        var secret = _target.JwtSecret.Require();
        _auth.Evidence.RegisterSecret(secret);
        var claims = BadTokens.Claims() with { Subject = "e2e-mint-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            Email = NewEmail(nameHint) };
        return new TestUser
        {
            UserId = claims.Subject, Email = claims.Email, Name = DisplayName(nameHint), AccessToken = TokenMinter.Sign(claims, secret),
            RefreshToken = null, AccessExpiresAt = claims.ExpiresAt, Mode = AuthMode.Mint,
        };
    }

    /// <summary>Sends <c>POST /auth/refresh</c> with <paramref name="refreshToken"/> and returns the answer as it is.</summary>
    public Task<ApiResponse> SendRefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        _auth.PostJsonAsync("/auth/refresh", new { refresh_token = refreshToken }, cancellationToken);

    /// <summary>Refreshes <paramref name="user"/>'s pair; fails unless 200. The old refresh token is spent (contract 3).</summary>
    public async Task<TestUser> RefreshAsync(TestUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var refresh = user.RefreshToken ?? throw new AuthFlowException($"{user} has no refresh token to refresh with.");
        var response = Expect(await SendRefreshAsync(refresh, cancellationToken).ConfigureAwait(false), "POST /auth/refresh", 200);
        var next = TokenPairReader.Read(response, user.Mode, user.Email, user.Name, user.Password, "POST /auth/refresh");
        return user with { AccessToken = next.AccessToken, RefreshToken = next.RefreshToken, AccessExpiresAt = next.AccessExpiresAt };
    }

    /// <summary>Logs <paramref name="user"/> out (<c>POST /auth/logout</c> with its access token) and returns the answer; fails unless
    /// 200.</summary>
    public async Task<ApiResponse> LogoutAsync(TestUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _auth.PostJsonAsync("/auth/logout", null, user.AccessToken, cancellationToken).ConfigureAwait(false);
        return Expect(response, "POST /auth/logout", 200);
    }

    /// <summary>
    /// Sends one <c>POST /auth/e2e/test-auth</c> with the configured bypass key and <paramref name="body"/> as it is (for
    /// tests of the bypass endpoint itself) and returns the answer unchecked. Throws when the run has no bypass key.
    /// </summary>
    public Task<ApiResponse> SendBypassAsync(object body, CancellationToken cancellationToken)
    {
        var key = _target.Settings.BypassKey ?? throw new ConfigurationException("E2E_BYPASS_KEY",
            "the bypass endpoint needs E2E_BYPASS_KEY.");
        var request = new ApiRequest(HttpMethod.Post, "/auth/e2e/test-auth")
        {
            Body = body, Headers = new Dictionary<string, string> { ["X-E2E-Bypass-Key"] = key.Reveal() },
        };
        return _auth.SendAsync(request, cancellationToken);
    }

    private static string DisplayName(string? nameHint) => $"E2E {nameHint ?? "user"}";

    private async Task<TestUser> BypassAsync(string? nameHint, CancellationToken cancellationToken)
    {
        var key = _target.Settings.BypassKey ?? throw new ConfigurationException("E2E_BYPASS_KEY",
            "the bypass endpoint needs E2E_BYPASS_KEY.");
        var (email, name) = (NewEmail(nameHint), DisplayName(nameHint));
        var request = new ApiRequest(HttpMethod.Post, "/auth/e2e/test-auth")
        {
            // A dictionary, not an anonymous object: the same JSON without resolving a new type's members per user (load runs
            // create users by the thousand).
            Body = new Dictionary<string, string>(2) { ["email"] = email, ["name"] = name },
            Headers = new Dictionary<string, string> { ["X-E2E-Bypass-Key"] = key.Reveal() },
        };
        var bypass = Expect(await _auth.SendAsync(request, cancellationToken).ConfigureAwait(false), "POST /auth/e2e/test-auth", 200);
        return TokenPairReader.Read(bypass, AuthMode.Bypass, email, name, null, "POST /auth/e2e/test-auth");
    }

    private ApiResponse Expect(ApiResponse response, string step, params int[] statuses) =>
        statuses.Contains(response.Status)
            ? response
            : throw new AuthFlowException(
                $"{TokenPairReader.Mode(Mode)}: {step} expected {string.Join(" or ", statuses)} but got {response.Describe()}. " +
                "The suite does not fall back to another auth mode.");
}
