using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Json;

namespace Netra.E2E.Shared.Events;

/// <summary>
/// A tolerant view of one agent event frame: every field is looked up at the top level, then in <c>payload</c>,
/// then in <c>data</c>, and a missing or mistyped field reads as null instead of throwing, so rules can report it.
/// </summary>
public sealed class AgentEvent
{
    // The fields the rules read again and again, read once each (a frame and its JSON never change). Unset is a marker
    // compared by reference; a race only computes the same value twice.
    private static readonly string Unset = new('\u0000', 1);
    private string? _runId = Unset, _threadId = Unset, _userId = Unset, _messageId = Unset, _toolCallId = Unset, _toolName = Unset;
    private int? _sequence;
    private DateTimeOffset? _timestamp;
    private string? _timestampProblem;
    private int _numbersRead;
    private EventFields? _fields;

    [ThreadStatic]
    private static string?[]? t_lastIds;

    /// <summary>Wraps <paramref name="frame"/>; any frame is accepted, a non-JSON one simply has no fields.</summary>
    public AgentEvent(ReceivedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Frame = frame;
    }

    /// <summary>The frame as received.</summary>
    public ReceivedFrame Frame { get; }

    /// <summary>
    /// The view of <paramref name="frame"/> that the frame keeps, made on first use: a wait's predicate, the transcripts and the
    /// rules read one frame's fields through one view. (A copy of a frame made with <c>with</c> gets its own.) Two threads may
    /// make one each at once; either is a complete view of the same frame.
    /// </summary>
    internal static AgentEvent Of(ReceivedFrame frame)
    {
        if (frame.EventView is AgentEvent view && ReferenceEquals(view.Frame, frame))
        {
            return view;
        }

        view = new AgentEvent(frame);
        frame.EventView = view;
        return view;
    }

    /// <summary>The frame's position in its session (the index failure messages name).</summary>
    public int Index => Frame.Index;

    /// <summary>When the frame arrived.</summary>
    public DateTimeOffset ReceivedAt => Frame.ReceivedAt;

    /// <summary>The event type: key <c>type</c> (WebSocket), else <c>event</c> (SSE).</summary>
    public string? Type => Frame.Type;

    /// <summary>The <c>run_id</c>, or null.</summary>
    public string? RunId => Cached(ref _runId, "run_id", 0);

    /// <summary>The <c>thread_id</c>, or null.</summary>
    public string? ThreadId => Cached(ref _threadId, "thread_id", 1);

    /// <summary>The <c>user_id</c>, or null.</summary>
    public string? UserId => Cached(ref _userId, "user_id", 2);

    /// <summary>The <c>agent_name</c>, or null.</summary>
    public string? AgentName => GetText("agent_name");

    /// <summary>The echoed <c>message_id</c>, or null.</summary>
    public string? MessageId => Cached(ref _messageId, "message_id", 3);

    /// <summary>The <c>sequence</c> as an integer (a numeric string is accepted), or null.</summary>
    public int? Sequence => ReadNumbers()._sequence;

    /// <summary>The <c>timestamp</c> (ISO-8601, or epoch seconds/milliseconds), or null.</summary>
    public DateTimeOffset? Timestamp => ReadNumbers()._timestamp;

    /// <summary>The <c>payload</c> object, else the <c>data</c> object, else null.</summary>
    public JsonElement? Payload => Fields.PayloadObject ?? Fields.DataObject;

    /// <summary>The tool name from <c>tool_name</c>, else <c>tool</c>, or null.</summary>
    public string? ToolName => ReferenceEquals(_toolName, Unset) ? _toolName = GetText("tool_name") ?? GetText("tool") : _toolName;

    /// <summary>The <c>tool_call_id</c>, or null.</summary>
    public string? ToolCallId => Cached(ref _toolCallId, "tool_call_id", 4);

    /// <summary>The <c>progress_percentage</c> as a number, or null.</summary>
    public double? ProgressPercentage => JsonLookup.AsNumber(Find("progress_percentage"));

    /// <summary>The <c>execution_time_ms</c> (of a run or a tool call) as a duration, or null when it is not a number.</summary>
    public TimeSpan? ExecutionTime => JsonLookup.AsNumber(Find("execution_time_ms")) is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    /// <summary>The <c>result</c> (tool result, or the run result on <c>agent_completed</c>), or null.</summary>
    public JsonElement? Result => Find("result");

    /// <summary>The <c>error_code</c> (on <c>agent_error</c>), or null.</summary>
    public string? ErrorCode => GetText("error_code");

    /// <summary>The <c>status</c>, or null.</summary>
    public string? Status => GetText("status");

    /// <summary>Whether this is a terminal event (<c>agent_completed</c> or <c>agent_error</c>).</summary>
    public bool IsTerminal => AgentEventTypes.IsTerminal(Type);

    /// <summary>Finds field <paramref name="name"/> at the top level, then in <c>payload</c>, then in <c>data</c>; null when
    /// absent.</summary>
    public JsonElement? Find(string name) => TryFind(name, out var value, out _) ? value : null;

    /// <summary>The field as text (strings as is, numbers as their JSON text), or null when absent or of another kind.</summary>
    public string? GetText(string name) => JsonLookup.AsText(Find(name));

    /// <summary>The number <paramref name="name"/> (top level or in the payload), or null when absent or not a number.</summary>
    public double? Number(string name) =>
        Find(name) is { ValueKind: System.Text.Json.JsonValueKind.Number } value ? value.GetDouble() : null;

    /// <summary>Where <paramref name="name"/> was found: <c>"top level"</c>, <c>"payload"</c>, <c>"data"</c>, or null.</summary>
    public string? LocationOf(string name) => TryFind(name, out _, out var location) ? location : null;

    /// <summary>A one-line description for messages, e.g. <c>#7 tool_completed (seq 5, token_counter, call c-1)</c>.</summary>
    public override string ToString()
    {
        var details = new List<string>(3);
        if (Sequence is { } sequence)
        {
            details.Add($"seq {sequence}");
        }

        if (ToolName is { } tool)
        {
            details.Add(tool);
        }

        if (AgentEventTypes.IsTool(Type) && ToolCallId is { } call)
        {
            details.Add($"call {call}");
        }

        var suffix = details.Count == 0 ? string.Empty : $" ({string.Join(", ", details)})";
        return $"#{Index} {Type ?? "(no type)"}{suffix}";
    }

    private string? Cached(ref string? field, string name, int slot) => ReferenceEquals(field, Unset) ? field = ReadId(name, slot) : field;

    // An id repeats across a run's events (its run_id, thread_id, user_id, message_id; a call's id on two events): a value
    // equal to the one this thread read last for the field is that string again, not a new one.
    private string? ReadId(string name, int slot)
    {
        var found = Find(name);
        if (found is not { ValueKind: JsonValueKind.String } value)
        {
            return JsonLookup.AsText(found);
        }

        var last = t_lastIds ??= new string?[5];
        return last[slot] is { } previous && value.ValueEquals(previous) ? previous : last[slot] = value.GetString();
    }

    private AgentEvent ReadNumbers()
    {
        if (Volatile.Read(ref _numbersRead) == 0)
        {
            _sequence = JsonLookup.AsInt(Find("sequence"));
            _timestampProblem = NetraTime.Read(Find("timestamp"), out var instant);
            _timestamp = _timestampProblem is null ? instant : null;
            Volatile.Write(ref _numbersRead, 1);
        }

        return this;
    }

    /// <summary>
    /// What is wrong with the top-level <paramref name="timestamp"/> of this event (as <see cref="NetraTime.ReadNear"/> says,
    /// against <see cref="ReceivedAt"/>), or null. A value that is not a JSON null is the one <see cref="Timestamp"/> reads, so
    /// its parse is shared rather than repeated.
    /// </summary>
    internal string? TopLevelTimestampProblem(JsonElement timestamp)
    {
        if (timestamp.ValueKind == JsonValueKind.Null)
        {
            return NetraTime.ReadNear(timestamp, ReceivedAt, out _);
        }

        var read = ReadNumbers();
        return read._timestampProblem ?? NetraTime.Skew(timestamp, read._timestamp!.Value, ReceivedAt);
    }

    /// <summary>The top-level field <paramref name="name"/> of any kind (a JSON null too), or null when absent.</summary>
    internal JsonElement? TopLevel(string name) => EventFields.Lookup(Fields.Top, name);

    /// <summary>The field <paramref name="name"/> of <see cref="Payload"/> of any kind, or null when absent.</summary>
    internal JsonElement? InPayload(string name) =>
        EventFields.Lookup(Fields.PayloadObject is null ? Fields.Data : Fields.Payload, name);

    /// <summary>The top-level <c>payload</c> object, or null.</summary>
    internal JsonElement? PayloadObject => Fields.PayloadObject;

    /// <summary>The top-level <c>data</c> object, or null.</summary>
    internal JsonElement? DataObject => Fields.DataObject;

    // Read once: the rules look up some 25 fields per event, and a lookup in the JSON walks the object's properties each time.
    // A race only reads the same fields twice.
    private EventFields Fields => _fields ??= EventFields.Of(Frame.Json);

    private bool TryFind(string name, out JsonElement value, out string? location)
    {
        ArgumentNullException.ThrowIfNull(name);
        var fields = Fields;
        location = EventFields.TryLookupValue(fields.Top, name, out value) ? "top level"
            : EventFields.TryLookupValue(fields.Payload, name, out value) ? "payload"
            : EventFields.TryLookupValue(fields.Data, name, out value) ? "data"
            : null;
        return location is not null;
    }

    /// <summary>
    /// The properties of the frame's object and of its <c>payload</c> and <c>data</c> objects, in document order. A lookup
    /// takes the last property of a name, as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> does.
    /// </summary>
    private sealed class EventFields
    {
        private static readonly EventFields None = new([], null, null);

        // The contract's field names, matched by their UTF-8 bytes.
        private static readonly Utf8Names KnownNames = new(
            "type", "run_id", "thread_id", "user_id", "agent_name", "sequence", "timestamp", "payload", "message_id", "status",
            "tool_name", "tool_call_id", "parameters", "result", "execution_time_ms", "message", "user_request", "reasoning",
            "step_number", "progress_percentage", "event", "data", "tool", "error_code", "error_message", "agent_type");

        private EventFields(Field[] top, JsonElement? payload, JsonElement? data)
        {
            Top = top;
            PayloadObject = payload;
            DataObject = data;
            Payload = Properties(payload);
            Data = Properties(data);
        }

        public Field[] Top { get; }

        public JsonElement? PayloadObject { get; }

        public JsonElement? DataObject { get; }

        public Field[] Payload { get; }

        public Field[] Data { get; }

        public static EventFields Of(JsonElement? json)
        {
            if (json is not { ValueKind: JsonValueKind.Object })
            {
                return None;
            }

            var top = Properties(json);
            return new EventFields(top, Object(Lookup(top, "payload")), Object(Lookup(top, "data")));
        }

        public static JsonElement? Lookup(Field[] properties, string name) => TryLookup(properties, name, out var value) ? value : null;

        /// <summary>The last property <paramref name="name"/> whose value is not a JSON null.</summary>
        public static bool TryLookupValue(Field[] properties, string name, out JsonElement value) =>
            TryLookup(properties, name, out value) && value.ValueKind != JsonValueKind.Null;

        private static bool TryLookup(Field[] properties, string name, out JsonElement value)
        {
            for (var i = properties.Length - 1; i >= 0; i--)
            {
                if (string.Equals(properties[i].Name, name, StringComparison.Ordinal))
                {
                    value = properties[i].Value;
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static JsonElement? Object(JsonElement? value) => value is { ValueKind: JsonValueKind.Object } ? value : null;

        private static Field[] Properties(JsonElement? json)
        {
            if (json is not { ValueKind: JsonValueKind.Object } obj)
            {
                return [];
            }

            var properties = new Field[obj.GetPropertyCount()];
            var i = 0;
            foreach (var property in obj.EnumerateObject())
            {
                properties[i++] = new Field(NameOf(property), property.Value);
            }

            return properties;
        }

        // The contract's field names are shared strings, not a new one per event: some 15 fields of every event of every run.
        // Compared as bytes, so a known name is neither decoded nor hashed; an escaped spelling of one is decoded as any other.
        private static string NameOf(JsonProperty property) =>
            KnownNames.Find(JsonMarshal.GetRawUtf8PropertyName(property)) ?? property.Name;
    }

    /// <summary>One property of an event's object: its name and value (a struct of this assembly's own, so the code that fills
    /// and reads the tables is precompiled with it).</summary>
    private readonly struct Field(string name, JsonElement value)
    {
        public string Name { get; } = name;

        public JsonElement Value { get; } = value;
    }
}
