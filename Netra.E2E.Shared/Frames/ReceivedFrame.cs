using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Frames;

/// <summary>
/// One message received from the target — a WebSocket text message or one SSE <c>data:</c> block — with its
/// arrival time, kept verbatim and parsed at most once.
/// </summary>
/// <param name="Index">Position in the session, from 0.</param>
/// <param name="ReceivedAt">When the last byte arrived.</param>
/// <param name="Text">The message text as received.</param>
/// <param name="Json">The parsed JSON (detached: it needs no disposing), or null when the text is not JSON.</param>
public sealed record ReceivedFrame(int Index, DateTimeOffset ReceivedAt, string Text, JsonElement? Json)
{
    // The text is not JSON (a parse was tried).
    private static readonly object NotJson = new();

    // The frame types the contract names (AgentEventTypes' six and its non-agent ones; a test keeps the lists equal), read as
    // shared strings: the literals are the same instances as those constants.
    internal static readonly IReadOnlyList<string> NamedTypes =
    [
        "agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed", "agent_error", "system_message",
        "connection_established", "ping", "pong", "heartbeat", "heartbeat_ack", "ack", "error", "error_message", "user_message", "chat",
        "message", "start_agent", "stream_end",
    ];

    private static readonly Utf8Names KnownTypes = new([.. NamedTypes]);

    // null until parsed (a short frame from the receive loop is parsed when first read); NotJson; or the parsed element, boxed
    // so that one reference write publishes it.
    private object? _parsed = Box(Json);

    // Read by every wait predicate and rule, so read once: from the JSON, or by the receive loop from the bytes.
    private string? _type = TypeOf(Json);

    // The text; null only for a frame of the receive loop until it is first read, which decodes it from the bytes.
    private string? _text = Text;

    // The bytes of a frame from the receive loop: what it keeps instead of its text (half the size for ASCII), and what its
    // JSON is parsed from.
    private readonly byte[]? _utf8;

    /// <summary>
    /// The agent-event view of this frame, made once by the events layer (typed as object: frames do not depend on it) and
    /// shared by the waits' predicates and the transcripts, so its fields are tabled and its ids read once.
    /// </summary>
    internal object? EventView { get; set; }

    /// <summary>
    /// A frame of the bytes <paramref name="utf8"/> whose text is decoded the first time it is read; its JSON is
    /// <paramref name="parsed"/> (already parsed), or null to parse it the first time it is read.
    /// </summary>
    private ReceivedFrame(int index, DateTimeOffset receivedAt, byte[] utf8, string? type, object? parsed)
        : this(index, receivedAt, Text: null!, Json: null) => (_parsed, _type, _text, _utf8) = (parsed, type, null, utf8);

    /// <summary>
    /// From this size on, a frame from the receive loop is parsed when it arrives: it is an agent event, a welcome or an answer,
    /// which a wait or a rule reads whole, so one parse serves both its type and its fields (a reader pass for the type and a
    /// parse when read would go over it twice). Smaller ones (pings, pongs, acks) are typed by a reader pass and keep no document.
    /// </summary>
    internal const int ParseOnArrivalBytes = 160;

    /// <summary>The message text as received.</summary>
    public string Text
    {
        get => Volatile.Read(ref _text) ?? DecodeOnce();

        // A `with` that replaces the text drops the bytes, so the JSON is read from the new text.
        init => (_text, _utf8) = (value, null);
    }

    /// <summary>The parsed JSON (detached: it needs no disposing), or null when the text is not JSON.</summary>
    public JsonElement? Json
    {
        get
        {
            var parsed = Volatile.Read(ref _parsed) ?? ParseOnce();
            return parsed is StrongBox<JsonElement> box ? box.Value : null;
        }

        // A `with` that replaces the JSON reads the type again.
        init
        {
            _parsed = Box(value);
            _type = TypeOf(value);
        }
    }

    /// <summary>The message's <c>type</c>, else its <c>event</c> (SSE), else null.</summary>
    public string? Type => _type;

    /// <summary>Parses <paramref name="text"/> into a frame; non-JSON text yields a frame with null <see cref="Json"/>.</summary>
    public static ReceivedFrame Parse(int index, DateTimeOffset receivedAt, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ReceivedFrame(index, receivedAt, text, ParseJson(text));
    }

    /// <summary>
    /// A frame of the bytes <paramref name="utf8"/> (kept, not copied) from the receive loop, whose text is decoded only when first
    /// read. One of <see cref="ParseOnArrivalBytes"/> or more is parsed now and typed from its document; a shorter one (a
    /// ping, a pong) is typed by a reader pass and parsed only if something reads its JSON, so what an idle connection keeps
    /// is its bytes.
    /// </summary>
    internal static ReceivedFrame Received(int index, DateTimeOffset receivedAt, byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        if (utf8.Length < ParseOnArrivalBytes)
        {
            return new(index, receivedAt, utf8, TypeOf(utf8), parsed: null);
        }

        var json = ParseJson(utf8);
        return new(index, receivedAt, utf8, TypeOf(json), Box(json));
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
                    // As TypeText: an escaped spelling's raw bytes match no name, so it is read as written.
                    var value = KnownTypes.Find(reader.ValueSpan) ?? reader.GetString();
                    (type, evt) = isType ? (value, evt) : (type, value);
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

    // One pass into memory of the frame's own (no pooled document to clone and return).
    private static JsonElement? ParseJson(string text)
    {
        try
        {
            return JsonElement.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Parsed in place: the frame's own bytes never change, so the document reads them rather than a copy. It is never
    // disposed, so its row table (rented) simply goes to the collector with the frame.
    private static JsonElement? ParseJson(byte[] utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8.AsMemory()).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object Box(JsonElement? json) => json is { } value ? new StrongBox<JsonElement>(value) : NotJson;

    private string DecodeOnce()
    {
        var text = Encoding.UTF8.GetString(_utf8!);
        return Interlocked.CompareExchange(ref _text, text, null) ?? text;
    }

    private object ParseOnce()
    {
        var parsed = Box(_utf8 is { } utf8 ? ParseJson(utf8) : ParseJson(Text));
        return Interlocked.CompareExchange(ref _parsed, parsed, null) ?? parsed;
    }

    private static string? TypeOf(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } root
            ? (root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? TypeText(t)
                : root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.String ? TypeText(e)
                : null)
            : null;

    // A type the contract names is its shared string (no new one per frame); any other, an escaped spelling too (its raw
    // bytes match no name), is read as written. The raw value of a string is its quoted JSON.
    private static string TypeText(JsonElement value) =>
        KnownTypes.Find(JsonMarshal.GetRawUtf8Value(value)[1..^1]) ?? value.GetString()!;
}
