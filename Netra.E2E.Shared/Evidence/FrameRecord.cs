namespace Netra.E2E.Shared.Evidence;

/// <summary>One WebSocket message in a session's evidence.</summary>
/// <param name="Direction">Received or sent.</param>
/// <param name="At">When it was received or sent.</param>
/// <param name="Type">Its JSON <c>type</c>, or null.</param>
/// <param name="Excerpt">Redacted excerpt of the text.</param>
/// <param name="Length">Length of the full text in characters.</param>
/// <param name="Note">Why it was sent when the suite sent it on its own (e.g. "auto pong"), else null.</param>
public sealed record FrameRecord(FrameDirection Direction, DateTimeOffset At, string? Type, string Excerpt, int Length, string? Note);
