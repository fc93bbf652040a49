namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>The in-memory state both services share (users, tokens, threads, runs). Thread-safe.</summary>
internal sealed class ReferenceState(ReferenceServerOptions options)
{
    public ReferenceServerOptions Options { get; } = options;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public string Version { get; } = "1.0.0-reference";
}
