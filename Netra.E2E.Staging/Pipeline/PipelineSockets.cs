using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Staging.Pipeline;

// Small steps the Pipeline tests share on a connection.
internal static class PipelineSockets
{
    // A run has about 10 s to end (contract 6 runs are short; a missing terminal fails here, not at the test deadline).
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(10);

    public static string NewMessageId(string purpose) => $"{purpose}-{Guid.NewGuid():N}";
}
