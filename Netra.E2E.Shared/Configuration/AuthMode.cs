namespace Netra.E2E.Shared.Configuration;

/// <summary>How the suite obtains tokens (<c>NETRA_AUTH_MODE</c>, contract 1.2). A failing mode never falls back to another.</summary>
public enum AuthMode
{
    /// <summary>Real <c>POST /auth/register</c> then <c>/auth/login</c> (default on local and custom).</summary>
    Register,

    /// <summary><c>POST /auth/e2e/test-auth</c> with the bypass key (default on staging).</summary>
    Bypass,

    /// <summary>Signed locally with the resolved JWT secret.</summary>
    Mint,
}
