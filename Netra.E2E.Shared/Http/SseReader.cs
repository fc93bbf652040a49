using System.Text;
using Netra.E2E.Shared.Frames;

namespace Netra.E2E.Shared.Http;

/// <summary>Reads a <c>text/event-stream</c> body: each event's <c>data:</c> lines, joined, become one frame.</summary>
internal static class SseReader
{
    /// <summary>Largest event accepted (1 MiB); a bigger one ends the stream as a failure.</summary>
    public const int MaxEventChars = 1024 * 1024;

    /// <summary>Reads until the body ends and returns why reading stopped; cancellation propagates.</summary>
    public static async Task<string> ReadAsync(Stream body, FrameCollector frames, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var data = new StringBuilder();
        var pending = false;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (pending)
                {
                    frames.Add(data.ToString());
                    (pending, data.Length) = (false, 0);
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            if (field != "data")
            {
                continue;
            }

            var value = colon < 0 ? string.Empty : line[(colon + 1)..];
            data.Append(pending ? "\n" : string.Empty).Append(value.StartsWith(' ') ? value[1..] : value);
            pending = true;
            if (data.Length > MaxEventChars)
            {
                return $"an event exceeded {MaxEventChars} characters; reading stopped";
            }
        }

        if (pending)
        {
            frames.Add(data.ToString());
            return "the server ended the event stream in the middle of an event (no blank line after the last data)";
        }

        return "the server ended the event stream";
    }
}
