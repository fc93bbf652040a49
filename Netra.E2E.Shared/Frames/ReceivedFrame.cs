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
    /// <summary>The parsed JSON (a detached clone), or null when the text is not JSON.</summary>
    public JsonElement? Json
    {
        get;

        // A `with` that replaces the JSON reads the type again; the constructor reads it below.
        init
        {
            field = value;
            _type = TypeOf(value);
        }
    } = Json;

    // Read by every wait predicate and rule, so read out of the JSON once.
    private readonly string? _type = TypeOf(Json);

    /// <summary>The message's <c>type</c>, else its <c>event</c> (SSE), else null.</summary>
    public string? Type => _type;

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

    /// <summary>As <see cref="Parse(int, DateTimeOffset, string)"/>, parsing the UTF-8 bytes <paramref name="text"/> was decoded from
    /// (no second transcoding).</summary>
    internal static ReceivedFrame Parse(int index, DateTimeOffset receivedAt, string text, ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return new ReceivedFrame(index, receivedAt, text, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return new ReceivedFrame(index, receivedAt, text, null);
        }
    }

    /// <summary>
    /// The <c>type</c> (else <c>event</c>) of the JSON object in <paramref name="utf8"/>, as <see cref="Type"/> would read it,
    /// without building a document: null when the text is not one well-formed JSON object or has neither string field.
    /// </summary>
    internal static string? TypeOf(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        string? type = null;
        string? evt = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                var isEvent = !isType && reader.ValueTextEquals("event"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && (isType || isEvent))
                {
                    (type, evt) = isType ? (reader.GetString(), evt) : (type, reader.GetString());
                }
                else
                {
                    reader.Skip();
                }
            }

            // The rest must be well formed too (a frame broken after its type is no typed frame), and nothing may follow.
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return type ?? evt;
    }

    private static string? TypeOf(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } root
            ? (root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()
                : root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()
                : null)
            : null;
}
