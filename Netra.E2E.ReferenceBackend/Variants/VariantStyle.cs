using System.Globalization;
using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Hosting;

namespace Netra.E2E.ReferenceBackend.Variants;

/// <summary>
/// Each choice the contract leaves open, made in one place for the selected <see cref="ReferenceVariant"/>. A call site
/// asks this object instead of deciding for itself, as fault sites ask the fault set.
/// </summary>
public sealed class VariantStyle(ReferenceVariant variant)
{
    /// <summary>Name of the field the alternate variant adds to every body and frame (contract 2: extra fields allowed).</summary>
    public const string ExtraField = "x_served_by";

    public const string ExtraValue = "netra-reference/alternate";

    /// <summary>The variant these choices belong to.</summary>
    public ReferenceVariant Variant { get; } = variant;

    /// <summary>True for <see cref="ReferenceVariant.Alternate"/>.</summary>
    public bool Alternate => Variant == ReferenceVariant.Alternate;

    /// <summary>Status of a successful create (register, thread, chat message): 201, or 200 in the alternate variant.</summary>
    public int CreatedStatus => Alternate ? StatusCodes.Status200OK : StatusCodes.Status201Created;

    /// <summary>Status for another user's thread over REST: 403, or 404 in the alternate variant.</summary>
    public int ForeignThreadStatus => Alternate ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;

    /// <summary>How bad WebSocket tokens are refused: as configured, or always accept-then-1008 in the alternate variant.</summary>
    public WsAuthFailureStyle WsAuthFailure(WsAuthFailureStyle configured) => Alternate ? WsAuthFailureStyle.Close : configured;

    /// <summary>The server ping interval: as configured, or 5 s in the alternate variant.</summary>
    public TimeSpan Heartbeat(TimeSpan configured) => Alternate ? TimeSpan.FromSeconds(5) : configured;

    /// <summary>Whether a server ping goes out before the welcome (contract 5 allows either order).</summary>
    public bool PingBeforeWelcome => Alternate;

    /// <summary>The pause between a run's events when the request names none: 20 ms, or 45 ms in the alternate variant.</summary>
    public TimeSpan DefaultThinkDelay => TimeSpan.FromMilliseconds(Alternate ? 45 : 20);

    /// <summary>A new id: <c>prefix_hex32</c>, or a dashed UUID without prefix in the alternate variant.</summary>
    public string NewId(string prefix) => Alternate ? Guid.NewGuid().ToString("D") : prefix + "_" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// Response header names: as written, or lower-case in the alternate variant (HTTP names are case-blind). Kestrel
    /// spells the headers it knows itself, so this reaches the others (X-Request-ID, X-RateLimit-*, Referrer-Policy).
    /// </summary>
    public void SpellHeaderNames(IHeaderDictionary headers)
    {
        if (!Alternate)
        {
            return;
        }

        foreach (var (name, value) in headers.Where(h => h.Key.Any(char.IsUpper)).ToList())
        {
            headers.Remove(name);
            headers[name.ToLowerInvariant()] = value;
        }
    }

    /// <summary>The line end of server-sent events: LF, or CRLF in the alternate variant.</summary>
    public string SseLineEnd => Alternate ? "\r\n" : "\n";

    /// <summary>A comment line sent before each SSE block in the alternate variant (null: none).</summary>
    public string? SseComment => Alternate ? ": keep-alive" : null;

    /// <summary>A time in a REST body: ISO-8601 text, or integer epoch seconds in the alternate variant.</summary>
    public JsonNode RestTime(DateTime utc) =>
        Alternate ? JsonValue.Create(new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeSeconds()) : JsonValue.Create(NetraJson.Iso(utc));

    /// <summary>A time in a WebSocket frame: ISO-8601 text, or fractional epoch seconds in the alternate variant.</summary>
    public JsonNode FrameTime(DateTime utc) =>
        Alternate
            ? JsonValue.Create(Math.Round(new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds() / 1000.0, 3))
            : JsonValue.Create(NetraJson.Iso(utc));

    /// <summary>Adds the alternate variant's extra field to an object the server is about to send; no-op otherwise.</summary>
    public JsonObject Decorate(JsonObject body)
    {
        if (Alternate)
        {
            body[ExtraField] = ExtraValue;
        }

        return body;
    }

    /// <summary>Adds a key to an object the client sent and gets back (thread metadata): allowed by contract 2.</summary>
    public JsonObject EchoClientObject(JsonObject sent)
    {
        if (Alternate)
        {
            sent["server_note"] = "added by the server";
        }

        return sent;
    }

    /// <inheritdoc />
    public override string ToString() => Variant.ToString().ToLower(CultureInfo.InvariantCulture);
}
