using System.Globalization;
using System.Text.Json;
using System.Runtime.InteropServices;
using System.Text;

namespace Netra.E2E.Shared.Json;

/// <summary>
/// Contract 2 timestamps: an ISO-8601 string with an offset or <c>Z</c>, or Unix epoch seconds as a JSON number
/// (integer or fractional). Both spell an instant; tests compare instants, never spellings.
/// </summary>
public static class NetraTime
{
    /// <summary>How far a target's timestamp may be from the client's clock (contract 2: "within a few minutes").</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The instant <paramref name="value"/> spells, or null when it is absent or not a contract timestamp.</summary>
    public static DateTimeOffset? Parse(JsonElement? value) => Read(value, out var instant) is null ? instant : null;

    /// <summary>Null when <paramref name="value"/> is a contract timestamp (read into <paramref name="instant"/>), else why not.</summary>
    public static string? Read(JsonElement? value, out DateTimeOffset instant)
    {
        instant = default;
        switch (value)
        {
            case null:
                return "no timestamp";
            case { ValueKind: JsonValueKind.Number } number when number.TryGetDouble(out var seconds) && double.IsFinite(seconds)
                && seconds > 0:
                if (seconds > 1e11)
                {
                    return $"{number.GetRawText()} looks like epoch milliseconds; the contract uses epoch seconds";
                }

                instant = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
                return null;
            case { ValueKind: JsonValueKind.String } text when LooksIso(text) && ParseIso(text, out var parsed):
                instant = parsed.ToUniversalTime();
                return null;
            case { ValueKind: JsonValueKind.String } text:
                return $"{text.GetRawText()} is neither ISO-8601 with an offset (or Z) nor epoch seconds";
            case { } other:
                return $"{other.GetRawText()} is neither an ISO-8601 string nor epoch seconds";
        }
    }

    /// <summary>Null when <paramref name="value"/> is a timestamp within <see cref="ClockTolerance"/> of <paramref
    /// name="clock"/>.</summary>
    public static string? ReadNear(JsonElement? value, DateTimeOffset clock, out DateTimeOffset instant)
    {
        return Read(value, out instant) ?? Skew(value!.Value, instant, clock);
    }

    /// <summary>Null when <paramref name="instant"/>, read from <paramref name="value"/>, is within <see cref="ClockTolerance"/>
    /// of <paramref name="clock"/>, else how far off it is.</summary>
    internal static string? Skew(JsonElement value, DateTimeOffset instant, DateTimeOffset clock)
    {
        var skew = instant - clock;
        return skew.Duration() <= ClockTolerance
            ? null
            : $"{value.GetRawText()} ({instant:O}) is {Math.Abs(skew.TotalMinutes):0.#} minutes " +
              $"{(skew > TimeSpan.Zero ? "ahead of" : "behind")} the client's clock ({clock:O})";
    }

    // The JSON reader's own ISO-8601 parser first (no culture machinery: every event of every run is read); the general
    // parser for what the contract's pattern allows and that one does not (a space or lower-case t, an offset without colon).
    private static bool ParseIso(JsonElement text, out DateTimeOffset parsed) =>
        text.TryGetDateTimeOffset(out parsed)
        || DateTimeOffset.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed);

    // The contract's spelling, ^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})$ with ASCII digits (the
    // parsers take no others), read from the JSON's bytes: no string and no regex runner per event of every run.
    private static bool LooksIso(JsonElement text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(text);
        if (raw.Contains((byte)'\\') || raw.Length > 66)
        {
            return IsIsoWithOffset(text.GetString());
        }

        Span<char> chars = stackalloc char[64];
        var length = Encoding.UTF8.GetChars(raw[1..^1], chars);
        return IsIsoWithOffset(chars[..length]);
    }

    /// <summary>Whether <paramref name="s"/> is spelled as contract 2's ISO-8601 timestamps are (with an offset or Z).</summary>
    internal static bool IsIsoWithOffset(ReadOnlySpan<char> s)
    {
        // As the pattern's $ does, a final line feed is allowed (the parsers then decide).
        s = s.EndsWith('\n') ? s[..^1] : s;
        if (s.Length < 17 || !Digits(s, 0, 4) || s[4] != '-' || !Digits(s, 5, 2) || s[7] != '-' || !Digits(s, 8, 2)
            || s[10] is not ('T' or 't' or ' ') || !Digits(s, 11, 2) || s[13] != ':' || !Digits(s, 14, 2))
        {
            return false;
        }

        var i = 16;
        if (s[i] == ':')
        {
            if (!Digits(s, i + 1, 2))
            {
                return false;
            }

            i += 3;
            if (i < s.Length && s[i] == '.')
            {
                var fraction = 0;
                while (i + 1 + fraction < s.Length && char.IsAsciiDigit(s[i + 1 + fraction]))
                {
                    fraction++;
                }

                if (fraction is < 1 or > 9)
                {
                    return false;
                }

                i += 1 + fraction;
            }
        }

        var offset = s[i..];
        return offset is "Z" or "z"
            || (offset.Length is 5 or 6 && offset[0] is '+' or '-' && Digits(offset, 1, 2)
                && (offset.Length == 5 ? Digits(offset, 3, 2) : offset[3] == ':' && Digits(offset, 4, 2)));
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count)
    {
        if (start + count > s.Length)
        {
            return false;
        }

        foreach (var c in s.Slice(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
