namespace Netra.E2E.Shared.Evidence;

/// <summary>How much an <see cref="EvidenceLog"/> keeps of each WebSocket session.</summary>
public enum EvidenceDetail
{
    /// <summary>Every frame with its time and a redacted excerpt (the tier tests' default).</summary>
    Full,

    /// <summary>
    /// Counts of frames by direction and type only, with the handshake and how the session ended: no per-frame record or
    /// redaction, for load runs where thousands of sessions are open at once.
    /// </summary>
    Summary,
}
