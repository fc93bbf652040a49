namespace Netra.E2E.Load.Scenarios;

/// <summary>Shortens transcripts for the summary and the result file: whole lines, a line and character cap, and a marker.</summary>
internal static class TranscriptText
{
    /// <summary>At most this many lines are kept.</summary>
    public const int MaxLines = 40;

    /// <summary>At most this many characters are kept.</summary>
    public const int MaxChars = 4000;

    /// <summary>The first lines of <paramref name="text"/> within the caps, with "… (N more lines)" when cut.</summary>
    public static string Truncate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var kept = new List<string>();
        var chars = 0;
        foreach (var line in lines)
        {
            if (kept.Count == MaxLines || chars + line.Length > MaxChars)
            {
                break;
            }

            kept.Add(line);
            chars += line.Length + 1;
        }

        var cut = lines.Length - kept.Count;
        return cut == 0 ? text : string.Join('\n', kept) + $"\n  … ({cut} more lines)";
    }
}
