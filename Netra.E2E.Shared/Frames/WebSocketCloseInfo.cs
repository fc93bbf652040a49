namespace Netra.E2E.Shared.Frames;

/// <summary>The close frame the server sent.</summary>
/// <param name="Status">Close code (1000 normal, 1008 policy/auth, 1011 server error, 1013 try later).</param>
/// <param name="Description">Close reason, redacted; empty when none.</param>
public sealed record WebSocketCloseInfo(int Status, string Description)
{
    /// <summary>"1008 'reason'".</summary>
    public override string ToString() => $"{Status} '{Description}'";
}
