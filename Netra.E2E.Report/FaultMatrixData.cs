using System.Text.Json;

namespace Netra.E2E.Report;

/// <summary>What the report shows of <c>artifacts/fault-matrix.json</c>: the summary line and one row per fault.</summary>
/// <param name="Summary">The matrix's summary line.</param>
/// <param name="Faults">One row per fault.</param>
internal sealed record FaultMatrixData(string Summary, IReadOnlyList<FaultRow> Faults)
{
    /// <summary>Reads the JSON the fault matrix writes; text is redacted.</summary>
    public static FaultMatrixData Read(string path, ReportRedactor redactor)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var faults = root.TryGetProperty("faults", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(f => FaultRow.From(f, redactor)).ToList()
            : [];
        return new FaultMatrixData(redactor.Redact(Text(root, "summary")), faults);
    }

    internal static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()
            ?? string.Empty : string.Empty;

    internal static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}

/// <summary>One fault of the matrix.</summary>
/// <param name="Fault">The fault's name.</param>
/// <param name="Detected">True when some test failed on it.</param>
/// <param name="TimedOut">True when its run timed out.</param>
/// <param name="Failing">How many tests failed on it.</param>
/// <param name="Expected">The tests that must fail on it.</param>
/// <param name="Missed">Expected tests that did not fail.</param>
internal sealed record FaultRow(string Fault, bool Detected, bool TimedOut, int Failing, IReadOnlyList<string> Expected,
    IReadOnlyList<string> Missed)
{
    /// <summary>Reads one element of the <c>faults</c> array.</summary>
    public static FaultRow From(JsonElement fault, ReportRedactor redactor)
    {
        bool Flag(string name) => fault.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
        var failing = fault.TryGetProperty("failed", out var failed)
            && failed.ValueKind == JsonValueKind.Array ? failed.GetArrayLength() : 0;
        return new FaultRow(
            redactor.Redact(FaultMatrixData.Text(fault, "fault")), Flag("detected"), Flag("timed_out"), failing,
            [.. FaultMatrixData.Strings(fault, "expected_catchers").Select(redactor.Redact)],
            [.. FaultMatrixData.Strings(fault, "missed").Select(redactor.Redact)]);
    }
}
