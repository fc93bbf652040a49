using System.Buffers;
using System.Text.Json;

namespace Netra.E2E.Shared.Json;

/// <summary>
/// A JSON object written field by field, as the serializer would write it (same encoder), without resolving a type's
/// metadata and without a buffer or writer per call: one of each per thread.
/// </summary>
internal static class JsonWriting
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The object's UTF-8 text: valid until this thread writes the next one, so <paramref name="fields"/> must not
    /// write one itself.</summary>
    public static ReadOnlySpan<byte> Object<TState>(TState state, Action<Utf8JsonWriter, TState> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var writer = StartObject();
        fields(writer, state);
        return EndObject();
    }

    /// <summary>This thread's writer, reset and inside a new object: write its fields, then call <see cref="EndObject"/>.</summary>
    public static Utf8JsonWriter StartObject()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartObject();
        return writer;
    }

    /// <summary>Ends the object <see cref="StartObject"/> began and returns its UTF-8 text (valid until this thread writes
    /// the next one).</summary>
    public static ReadOnlySpan<byte> EndObject()
    {
        var writer = t_writer ?? throw new InvalidOperationException("EndObject without StartObject on this thread.");
        writer.WriteEndObject();
        writer.Flush();
        return t_buffer!.WrittenSpan;
    }
}
