using System.Security.Cryptography;
using Netra.E2E.Shared.Configuration;

namespace Netra.E2E.Shared.Auth;

/// <summary>
/// Tokens that are wrong in exactly one named way and right in every other (secret, claims, issuer, times), so a
/// target that accepts one has exactly that defect. Without a user, a fresh identity is used. Tokens that need the
/// target's secret call <see cref="JwtSecretResolution.Require"/>, which names the variables to set when none is known.
/// </summary>
public sealed class BadTokenFactory
{
    private readonly NetraTarget _target;

    /// <summary>Creates the factory for <paramref name="target"/> (its secret and environment name).</summary>
    public BadTokenFactory(NetraTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;
    }

    /// <summary>Correct in every way, expiring <paramref name="lifetime"/> from now (valid until then).</summary>
    public string ExpiringIn(TimeSpan lifetime, TestUser? user = null) =>
        Sign(Claims(user) with { ExpiresAt = DateTimeOffset.UtcNow + lifetime });

    /// <summary>Expired an hour ago, issued two hours ago; otherwise correct.</summary>
    public string Expired(TestUser? user = null) =>
        Sign(Claims(user) with { IssuedAt = DateTimeOffset.UtcNow.AddHours(-2), ExpiresAt = DateTimeOffset.UtcNow.AddHours(-1) });

    /// <summary>Correct claims, HS256, signed with a random 48-character key that is not the target's.</summary>
    public string WrongSignature(TestUser? user = null) =>
        TokenMinter.SignWithKey(Claims(user), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));

    /// <summary>Correct claims, header <c>alg: none</c>, empty signature.</summary>
    public string AlgNone(TestUser? user = null) => TokenMinter.WithoutSignature(Claims(user));

    /// <summary>Correctly signed, <c>iss</c> "netra-auth-service-impostor"; otherwise correct.</summary>
    public string WrongIssuer(TestUser? user = null) => Sign(Claims(user) with { Issuer = "netra-auth-service-impostor" });

    /// <summary>Correctly signed refresh token (<c>token_type</c>/<c>type</c> "refresh", 14 days) presented as an access token.</summary>
    public string RefreshAsAccess(TestUser? user = null) =>
        Sign(Claims(user) with { TokenType = "refresh", ExpiresAt = DateTimeOffset.UtcNow.AddDays(14) });

    /// <summary>Correctly signed, <c>iat</c> 10 minutes in the future (the contract allows 60 s of skew).</summary>
    public string IssuedInFuture(TestUser? user = null) =>
        Sign(Claims(user) with { IssuedAt = DateTimeOffset.UtcNow.AddMinutes(10), ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(40) });

    /// <summary>
    /// Correct claims signed with the target's secret, but with HMAC algorithm <paramref name="algorithm"/> ("HS384" or
    /// "HS512") instead of HS256: a correct signature under the wrong <c>alg</c>.
    /// </summary>
    public string SignedWithAlgorithm(string algorithm, TestUser? user = null) =>
        TokenMinter.SignHmac(Claims(user), _target.JwtSecret.Require(), algorithm);

    /// <summary>Correctly signed, <c>iat</c> <paramref name="skew"/> in the future (a clock skew under the allowed 60 s).</summary>
    public string IssuedAhead(TimeSpan skew, TestUser? user = null) =>
        Sign(Claims(user) with { IssuedAt = DateTimeOffset.UtcNow + skew, ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(30) });

    /// <summary>A header and payload with correct claims but no signature segment at all (two segments): structurally not a JWS.</summary>
    public string Malformed(TestUser? user = null) => TokenMinter.WithoutSignature(Claims(user)).TrimEnd('.');

    /// <summary>Random text that is not a JWT at all (no dots).</summary>
    public static string Garbage() => "garbage-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The claims of a correct access token for <paramref name="user"/> (or a fresh identity) on this target.</summary>
    public AccessTokenClaims Claims(TestUser? user = null)
    {
        var (subject, email) = user is null ? (NewSubject(), E2EAuthHelper.NewEmail("badtoken")) : (user.UserId, user.Email);
        return new AccessTokenClaims { Subject = subject, Email = email, Environment = _target.ExpectedEnvironment };
    }

    private static string NewSubject() => "e2e-badtoken-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    private string Sign(AccessTokenClaims claims) => TokenMinter.Sign(claims, _target.JwtSecret.Require());
}
