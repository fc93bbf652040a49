using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Everything the reference backend can be started with. Defaults are those of the in-process `local` target.</summary>
public sealed record ReferenceServerOptions
{
    /// <summary>HS256 secret for every token the auth service signs and both services check (at least 32 characters).</summary>
    public required string JwtSecret { get; init; }

    /// <summary>Key expected in <c>X-E2E-Bypass-Key</c>; null disables the bypass endpoint (503).</summary>
    public string? BypassKey { get; init; }

    /// <summary>Backend listener, e.g. <c>https://127.0.0.1:0</c> (port 0 picks a free port).</summary>
    public Uri BackendUrl { get; init; } = new("https://127.0.0.1:0");

    /// <summary>Auth-service listener.</summary>
    public Uri AuthUrl { get; init; } = new("https://127.0.0.1:0");

    /// <summary>The only origin CORS allows (contract 1 table).</summary>
    public string FrontendOrigin { get; init; } = "http://localhost:3000";

    /// <summary>Reported as <c>environment</c> by health and public config; <c>production</c> disables the bypass endpoint.</summary>
    public string Environment { get; init; } = "local";

    /// <summary>Named faults of contract section 8; empty means a correct server.</summary>
    public FaultSet Faults { get; init; } = FaultSet.None;

    /// <summary>Which choices left open by the contract the server makes; both variants are correct.</summary>
    public ReferenceVariant Variant { get; init; } = ReferenceVariant.Standard;

    /// <summary>How WebSocket auth failures are reported.</summary>
    public WsAuthFailureStyle WsAuthFailure { get; init; } = WsAuthFailureStyle.Handshake;

    /// <summary>Interval of server pings on the WebSocket. Default 25 s.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>Access-token lifetime. Default 30 minutes.</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Refresh-token lifetime. Default 14 days.</summary>
    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Requests per window per authenticated user on <c>/api/*</c>. Default 120.</summary>
    public int RateLimitPerUser { get; init; } = 120;

    /// <summary>Requests per window per client address for anonymous <c>/api/*</c> calls. Default 2000.</summary>
    public int RateLimitPerAddress { get; init; } = 2000;

    /// <summary>Rate-limit window. Default 10 s.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Failed logins allowed per email per minute before 429. Default 10.</summary>
    public int LoginFailuresPerMinute { get; init; } = 10;

    /// <summary>Open WebSocket connections allowed per user; the next gets 1008. Default 5 (the contract's value).</summary>
    public int MaxConnectionsPerUser { get; init; } = 5;

    /// <summary>How long a finished run stays queryable (status, 409 on cancel). Default 10 minutes.</summary>
    public TimeSpan FinishedRunRetention { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Finished runs kept at most; past it the oldest are evicted. Default 10,000.</summary>
    public int MaxFinishedRuns { get; init; } = 10_000;

    /// <summary>
    /// Users whose data (user record, threads and their messages) is kept at most; past it the users first seen longest
    /// ago are evicted with their data, so a long soak's memory stays bounded. Default 100,000.
    /// </summary>
    public int MaxUsers { get; init; } = 100_000;

    /// <summary>The clock eviction ages are measured with (a test's fake clock; default the system's).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Google OAuth client id; null means OAuth is not configured (503 on the login redirect).</summary>
    public string? GoogleClientId { get; init; } = "netra-reference.apps.googleusercontent.com";
}
