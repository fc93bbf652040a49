using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netra.E2E.Shared.Json;

/// <summary>
/// Contract 2 timestamps: an ISO-8601 string with an offset or <c>Z</c>, or Unix epoch seconds as a JSON number
/// (integer or fractional). Both spell an instant; tests compare instants, never spellings.
/// </summary>
public static partial class NetraTime
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
            case { ValueKind: JsonValueKind.String } text when IsoWithOffset().IsMatch(text.GetString()!) && ParseIso(text, out var parsed):
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
        if (Read(value, out instant) is { } problem)
        {
            return problem;
        }

        var skew = instant - clock;
        return skew.Duration() <= ClockTolerance
            ? null
            : $"{value!.Value.GetRawText()} ({instant:O}) is {Math.Abs(skew.TotalMinutes):0.#} minutes " +
              $"{(skew > TimeSpan.Zero ? "ahead of" : "behind")} the client's clock ({clock:O})";
    }

    // The JSON reader's own ISO-8601 parser first (no culture machinery: every event of every run is read); the general
    // parser for what the contract's pattern allows and that one does not (a space or lower-case t, an offset without colon).
    private static bool ParseIso(JsonElement text, out DateTimeOffset parsed) =>
        text.TryGetDateTimeOffset(out parsed)
        || DateTimeOffset.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithOffset();
}
