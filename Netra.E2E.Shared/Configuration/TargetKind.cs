namespace Netra.E2E.Shared.Configuration;

/// <summary>Which deployment the suite runs against (<c>NETRA_E2E_TARGET</c>).</summary>
public enum TargetKind
{
    /// <summary>The embedded reference backend, started in-process on loopback (default).</summary>
    Local,

    /// <summary>The Netra staging deployment.</summary>
    Staging,

    /// <summary>URLs given by <c>NETRA_BACKEND_URL</c>, <c>NETRA_AUTH_URL</c>, <c>NETRA_WS_URL</c>.</summary>
    Custom,
}
