using System.Text.Json;

namespace Netra.E2E.Shared.Frames;

/// <summary>
/// One message received from the target — a WebSocket text message or one SSE <c>data:</c> block — with its
/// arrival time, kept verbatim and parsed once.
/// </summary>
/// <param name="Index">Position in the session, from 0.</param>
/// <param name="ReceivedAt">When the last byte arrived.</param>
/// <param name="Text">The message text as received.</param>
/// <param name="Json">The parsed JSON (a detached clone), or null when the text is not JSON.</param>
public sealed record ReceivedFrame(int Index, DateTimeOffset ReceivedAt, string Text, JsonElement? Json)
{
    /// <summary>The message's <c>type</c>, else its <c>event</c> (SSE), else null.</summary>
    public string? Type =>
        Json is { ValueKind: JsonValueKind.Object } root
            ? (root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()
                : root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()
                : null)
            : null;

    /// <summary>Parses <paramref name="text"/> into a frame; non-JSON text yields a frame with null <see cref="Json"/>.</summary>
    public static ReceivedFrame Parse(int index, DateTimeOffset receivedAt, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            using var document = JsonDocument.Parse(text);
            return new ReceivedFrame(index, receivedAt, text, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return new ReceivedFrame(index, receivedAt, text, null);
        }
    }
}
