namespace Netra.E2E.Shared.Tests.Loopback;

/// <summary>Secrets of the fake auth service: the HS256 secret it signs with and the bypass key it expects.</summary>
public sealed record LoopbackAuthOptions(string JwtSecret, string? BypassKey)
{
    public static LoopbackAuthOptions Default { get; } = new("loopback-jwt-secret-0123456789-abcdefghij", "loopback-bypass-key-0123456789");
}
