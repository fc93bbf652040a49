namespace Netra.E2E.Shared.Protocol;

/// <summary>What a WebSocket run request may carry besides its text (contract 5): a thread, a think delay, a message id.</summary>
public sealed record RunOptions
{
    /// <summary>The thread the run belongs to (null: the server creates one).</summary>
    public string? ThreadId { get; init; }

    /// <summary><c>context.think_delay_ms</c>, which the reference backend uses to space events (null: not sent).</summary>
    public int? ThinkDelayMs { get; init; }

    /// <summary>The <c>message_id</c> to send (null: a new unique one).</summary>
    public string? MessageId { get; init; }

    /// <summary>No thread, no delay, a new message id.</summary>
    public static RunOptions None { get; } = new();

    /// <summary>A new unique message id, <c>e2e-msg-&lt;32 hex&gt;</c>.</summary>
    public static string NewMessageId() => "e2e-msg-" + Guid.NewGuid().ToString("N");
}
