using System.Globalization;
using System.Text;

namespace Netra.E2E.Shared.Evidence;

/// <summary>
/// The record of one WebSocket session, filled in by the client as it goes: URL (redacted), handshake, every frame
/// in and out with its time (or, with <see cref="EvidenceDetail.Summary"/>, only their counts by type), and how it ended.
/// Thread-safe; text is redacted when recorded.
/// </summary>
public sealed class WebSocketSessionEvidence
{
    private const int FrameExcerptChars = 400;
    private readonly Lock _gate = new();
    private readonly List<FrameRecord> _frames = [];
    private readonly Redactor _redactor;
    private readonly EvidenceDetail _detail;
    // Summary evidence: a count per direction and type, in first-seen order. A session sees a handful of types, so a list is
    // searched; a dictionary keyed by a (direction, type) tuple cost two hashes per frame, in framework code that a short load
    // run executes unoptimised.
    private readonly List<TypeCount> _counts = [];

    internal WebSocketSessionEvidence(Uri url, Redactor redactor, EvidenceDetail detail = EvidenceDetail.Full)
    {
        _redactor = redactor;
        _detail = detail;
        Url = redactor.RedactUrl(url);
        StartedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>The URL connected to, with any token redacted.</summary>
    public string Url { get; }

    /// <summary>When the connect started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>How the handshake carried the token and which extra headers it sent (names only), or null.</summary>
    public string? Request { get; private set; }

    /// <summary>HTTP status of the handshake (101 when accepted), or null when no answer came.</summary>
    public int? HandshakeStatus { get; private set; }

    /// <summary>The subprotocol the server selected, or null.</summary>
    public string? SubProtocol { get; private set; }

    /// <summary>Close code received from the server, or null.</summary>
    public int? CloseStatus { get; private set; }

    /// <summary>Close reason received from the server, redacted, or null.</summary>
    public string? CloseDescription { get; private set; }

    /// <summary>How the session ended (closed, aborted, failed ...), or null while open.</summary>
    public string? EndReason { get; private set; }

    /// <summary>When the session ended, or null while open.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>A snapshot of the frames recorded so far.</summary>
    public IReadOnlyList<FrameRecord> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    internal void RecordRequest(string description)
    {
        lock (_gate)
        {
            Request = _redactor.Redact(description);
        }
    }

    internal void RecordHandshake(int? status, string? subProtocol)
    {
        lock (_gate)
        {
            (HandshakeStatus, SubProtocol) = (status, subProtocol);
        }
    }

    /// <summary>Whether frames are kept with their text (full evidence), not only counted by type (summary).</summary>
    internal bool KeepsFrames => _detail != EvidenceDetail.Summary;

    internal void RecordFrame(FrameDirection direction, string? type, string text, string? note = null)
    {
        if (_detail == EvidenceDetail.Summary)
        {
            lock (_gate)
            {
                Count(direction, type ?? "(no type)");
            }

            return;
        }

        var record = new FrameRecord(direction, DateTimeOffset.UtcNow, type, _redactor.Excerpt(text, FrameExcerptChars), text.Length, note);
        lock (_gate)
        {
            _frames.Add(record);
        }
    }

    internal void RecordClose(int? status, string? description)
    {
        lock (_gate)
        {
            (CloseStatus, CloseDescription) = (status, description is null ? null : _redactor.Redact(description));
        }
    }

    internal void End(string reason)
    {
        lock (_gate)
        {
            if (EndReason is null)
            {
                (EndReason, EndedAt) = (_redactor.Redact(reason), DateTimeOffset.UtcNow);
            }
        }
    }

    /// <summary>One line: URL, handshake, frame counts by type, close.</summary>
    public string OneLine()
    {
        var byType = CountsByType().Select(c => $"{(c.Direction == FrameDirection.Received ? "in" : "out")} {c.Type}×{c.Count}");
        var duration = ((EndedAt ?? DateTimeOffset.UtcNow) - StartedAt).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        return $"WS {Url}{(Request is null ? string.Empty : $" ({Request})")} handshake " +
            $"{HandshakeStatus?.ToString(CultureInfo.InvariantCulture) ?? "none"}" +
            (SubProtocol is null ? string.Empty : $" ({SubProtocol})") + $", {duration} ms, frames [{string.Join(", ", byType)}]" +
            (CloseStatus is null ? string.Empty : $", close frame {CloseStatus} '{CloseDescription}'") +
            $", {EndReason ?? "still open"}";
    }

    internal void Render(StringBuilder text)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"[{StartedAt:HH:mm:ss.fff}] {OneLine()}");
        if (_detail == EvidenceDetail.Summary)
        {
            text.AppendLine("    (summary-only evidence: frames counted, not recorded)");
        }

        foreach (var frame in Frames)
        {
            var arrow = frame.Direction == FrameDirection.Received ? "<-" : "->";
            var offset = (frame.At - StartedAt).TotalMilliseconds;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    {arrow} +{offset:0} ms {frame.Type ?? "(no type)"}{(frame.Note is null ? string.Empty : $" [{frame.Note}]")}: " +
                    $"{frame.Excerpt}");
        }
    }

    private void Count(FrameDirection direction, string type)
    {
        foreach (var count in _counts)
        {
            if (count.Direction == direction && string.Equals(count.Type, type, StringComparison.Ordinal))
            {
                count.Count++;
                return;
            }
        }

        _counts.Add(new TypeCount(direction, type) { Count = 1 });
    }

    private List<(FrameDirection Direction, string Type, int Count)> CountsByType()
    {
        lock (_gate)
        {
            return _detail == EvidenceDetail.Summary
                ? [.. _counts.Select(c => (c.Direction, c.Type, c.Count))]
                : [.. _frames.GroupBy(f => (f.Direction, f.Type ?? "(no type)")).Select(g => (g.Key.Direction, g.Key.Item2, g.Count()))];
        }
    }

    private sealed class TypeCount(FrameDirection direction, string type)
    {
        public FrameDirection Direction { get; } = direction;

        public string Type { get; } = type;

        public int Count { get; set; }
    }
}
