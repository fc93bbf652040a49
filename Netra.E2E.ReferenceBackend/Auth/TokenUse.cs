namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>Where a token is being checked; the REST path is where the <c>rest-accepts-*</c> faults live.</summary>
internal enum TokenUse
{
    /// <summary>Backend REST (<c>/api/*</c>).</summary>
    Rest,

    /// <summary>The WebSocket handshake.</summary>
    WebSocket,

    /// <summary>The auth service itself: <c>/auth/validate</c>, <c>/auth/me</c>, <c>/auth/logout</c>.</summary>
    AuthService,

    /// <summary>A refresh token presented to <c>/auth/refresh</c>.</summary>
    Refresh,
}
