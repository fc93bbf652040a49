using System.Text.Json;

namespace Netra.E2E.FaultMatrix;

/// <summary>
/// How long each run took in the last matrix (its <c>fault-matrix.json</c>), as a hint for ordering the runs and for
/// the time estimate. A time counts only for a run of the same kind (whole suite or catchers only).
/// </summary>
internal sealed class RunHistory
{
    private readonly Dictionary<(string Name, bool WholeSuite), double> _seconds;

    private RunHistory(Dictionary<(string, bool), double> seconds)
    {
        _seconds = seconds;
        var whole = seconds.Where(s => s.Key.Item2).Select(s => s.Value).ToList();
        var catchers = seconds.Where(s => !s.Key.Item2).Select(s => s.Value).ToList();
        Typical = new TypicalSeconds(Median(whole) ?? 25, Median(catchers) ?? 4);
    }

    public static RunHistory Empty { get; } = new([]);

    /// <summary>What a run of each kind takes when this one has no time of its own.</summary>
    public TypicalSeconds Typical { get; }

    public double? Seconds(MatrixRun run) => _seconds.TryGetValue((run.Name, run.WholeSuite), out var s) ? s : null;

    public double Estimate(MatrixRun run) => Seconds(run) ?? (run.WholeSuite ? Typical.WholeSuite : Typical.Catchers);

    /// <summary>Reads the previous report; none, or one this version cannot read, gives no hints (and no error).</summary>
    public static async Task<RunHistory> ReadAsync(string jsonPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(jsonPath))
        {
            return Empty;
        }

        try
        {
            var stream = File.OpenRead(jsonPath);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                return From(document.RootElement);
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Empty;
        }
    }

    private static RunHistory From(JsonElement root)
    {
        var seconds = new Dictionary<(string, bool), double>();
        foreach (var key in new[] { "baseline", "ws_auth_failure_close" })
        {
            if (root.TryGetProperty(key, out var run))
            {
                seconds[(run.GetProperty("run").GetString()!, true)] = run.GetProperty("seconds").GetDouble();
            }
        }

        if (!root.TryGetProperty("faults", out var faults))
        {
            return new RunHistory(seconds);
        }

        foreach (var fault in faults.EnumerateArray())
        {
            // Reports from before catcher-only runs have no "whole_suite": their runs were all whole-suite runs.
            var whole = !fault.TryGetProperty("whole_suite", out var flag) || flag.GetBoolean();
            seconds[(fault.GetProperty("fault").GetString()!, whole)] = fault.GetProperty("seconds").GetDouble();
        }

        return new RunHistory(seconds);
    }

    private static double? Median(List<double> values) => values.Count == 0 ? null : values.Order().ElementAt(values.Count / 2);
}

/// <summary>Typical run times in seconds, by kind of run.</summary>
internal sealed record TypicalSeconds(double WholeSuite, double Catchers);
