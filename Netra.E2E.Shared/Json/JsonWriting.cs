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
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartObject();
        fields(writer, state);
        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
